package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Step struct {
	Name string
	Cost time.Duration
}

type StepError struct {
	Step string
	Err  error
}

func (e *StepError) Error() string { return "step " + e.Step + ": " + e.Err.Error() }
func (e *StepError) Unwrap() error { return e.Err }

func runStep(ctx context.Context, s Step) error {
	select {
	case <-time.After(s.Cost):
		return nil
	case <-ctx.Done():
		return &StepError{s.Name, context.Cause(ctx)}
	}
}

type ctxKey string

func runAll(ctx context.Context, steps []Step) (done []string, err error) {
	for _, s := range steps {
		if err := runStep(ctx, s); err != nil {
			return done, err
		}
		done = append(done, s.Name)
	}
	return done, nil
}

var ErrAborted = errors.New("aborted by operator")

func main() {
	steps := []Step{{"fetch", time.Millisecond}, {"parse", 2 * time.Millisecond}, {"slow", 5 * time.Second}, {"never", 0}}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	ctx = context.WithValue(ctx, ctxKey("run"), 42)
	done, err := runAll(ctx, steps)
	fmt.Println(done, err)
	var se *StepError
	fmt.Println(errors.As(err, &se), se.Step, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(ctx.Value(ctxKey("run")), ctx.Value("run"), ctx.Err())

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel2(ErrAborted)
	}()
	done, err = runAll(ctx2, steps[1:])
	fmt.Printf("%v %v %v %v\n", done, err, errors.Is(err, ErrAborted), ctx2.Err())
	ctx3, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel3()
	_, ok := ctx3.Deadline()
	fmt.Println(ok, ctx3.Err(), runStep(ctx3, Step{"late", time.Hour}))
	stop := context.AfterFunc(ctx2, func() { fmt.Println("after func ran") })
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop:", stop())
}
