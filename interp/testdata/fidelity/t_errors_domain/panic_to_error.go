package main

import (
	"errors"
	"fmt"
	"strings"
)

type StepError struct {
	Step  int
	Name  string
	Cause error
}

func (e *StepError) Error() string {
	return fmt.Sprintf("step %d (%s): %v", e.Step, e.Name, e.Cause)
}

func (e *StepError) Unwrap() error { return e.Cause }

var ErrSkipped = errors.New("skipped")

type PanicError struct{ Value any }

func (p PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

func safely(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", e)
				return
			}
			err = PanicError{r}
		}
	}()
	return f()
}

type Step struct {
	Name string
	Run  func() error
}

func pipeline(steps []Step) (done []string, err error) {
	for i, s := range steps {
		if e := safely(s.Run); e != nil {
			if errors.Is(e, ErrSkipped) {
				done = append(done, s.Name+"(skipped)")
				continue
			}
			return done, &StepError{i + 1, s.Name, e}
		}
		done = append(done, s.Name)
	}
	return done, nil
}

func main() {
	var data []int
	steps := []Step{
		{"load", func() error { data = []int{4, 0, 2}; return nil }},
		{"optional", func() error { return fmt.Errorf("no cache: %w", ErrSkipped) }},
		{"divide", func() error {
			total := 0
			for _, d := range data {
				total += 100 / d
			}
			return nil
		}},
		{"never", func() error { return nil }},
	}
	done, err := pipeline(steps)
	fmt.Println("done:", strings.Join(done, ","))
	fmt.Println("err:", err)
	var se *StepError
	if errors.As(err, &se) {
		fmt.Println("failed step:", se.Step, se.Name)
	}
	fmt.Println("is skipped:", errors.Is(err, ErrSkipped))

	_, err = pipeline([]Step{{"index", func() error { return []error{}[3] }}})
	fmt.Println(err)
	_, err = pipeline([]Step{{"custom", func() error { panic("bad state") }}})
	fmt.Println(err)
	var pe PanicError
	fmt.Println(errors.As(err, &pe), pe.Value)
	_, err = pipeline([]Step{{"typed", func() error { panic(fmt.Errorf("wrapped %w", ErrSkipped)) }}})
	fmt.Println(err, errors.Is(err, ErrSkipped))
	var m map[string]int
	_, err = pipeline([]Step{{"nilmap", func() error { m["x"] = 1; return nil }}})
	fmt.Println(err)
}
