package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

type step struct {
	name string
	cost int // ticks
}

// runSteps runs steps until the context ends, one tick per loop.
func runSteps(ctx context.Context, steps []step, tick <-chan int) (done []string, err error) {
	user, _ := ctx.Value(ctxKey("user")).(string)
	for _, s := range steps {
		for left := s.cost; left > 0; left-- {
			if ctx.Err() != nil {
				return done, fmt.Errorf("%s (user %s) stopped in %s: %w", "runSteps", user, s.name, context.Cause(ctx))
			}
			select {
			case <-ctx.Done():
				return done, fmt.Errorf("%s (user %s) stopped in %s: %w", "runSteps", user, s.name, context.Cause(ctx))
			case <-tick:
			}
		}
		done = append(done, s.name)
	}
	return done, nil
}

func ticker(n int) <-chan int {
	c := make(chan int, n)
	for i := 0; i < n; i++ {
		c <- i
	}
	return c
}

var ErrBudget = errors.New("tick budget exhausted")

func main() {
	steps := []step{{"fetch", 2}, {"parse", 1}, {"store", 3}}
	base := context.WithValue(context.Background(), ctxKey("user"), "ann")

	done, err := runSteps(base, steps, ticker(10))
	fmt.Println(done, err)

	ctx, cancel := context.WithCancelCause(base)
	cancel(ErrBudget)
	done, err = runSteps(ctx, steps, ticker(10))
	fmt.Println(done, err, errors.Is(err, ErrBudget))

	ctx2, cancel2 := context.WithCancel(base)
	tick := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			tick <- i
		}
		cancel2()
	}()
	done, err = runSteps(ctx2, steps, tick)
	fmt.Println(done, err, errors.Is(err, context.Canceled))

	dl := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	ctx3, cancel3 := context.WithDeadline(base, dl)
	defer cancel3()
	<-ctx3.Done()
	d, ok := ctx3.Deadline()
	fmt.Println(ctx3.Err(), errors.Is(ctx3.Err(), context.DeadlineExceeded), d.Year(), ok)
	done, err = runSteps(ctx3, steps, ticker(10))
	fmt.Println(len(done), err)

	ctx4, cancel4 := context.WithTimeoutCause(base, -time.Second, errors.New("too slow"))
	defer cancel4()
	fmt.Println(ctx4.Err(), context.Cause(ctx4))
	child, cc := context.WithCancel(ctx4)
	defer cc()
	fmt.Println(child.Err(), child.Value(ctxKey("user")), child.Value(ctxKey("none")))
	wc := context.WithoutCancel(ctx4)
	fmt.Println(wc.Err(), wc.Done() == nil)
	stop := context.AfterFunc(ctx4, func() {})
	fmt.Println("stop:", stop())
}
