package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// MultiError collects errors from parallel tasks, sorted by task index.
type MultiError struct {
	Errs []error
}

func (m *MultiError) Error() string {
	parts := make([]string, len(m.Errs))
	for i, e := range m.Errs {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: [%s]", len(m.Errs), strings.Join(parts, "; "))
}

func (m *MultiError) Unwrap() []error { return m.Errs }

type TaskError struct {
	Task int
	Err  error
}

func (t *TaskError) Error() string { return fmt.Sprintf("task %d: %v", t.Task, t.Err) }
func (t *TaskError) Unwrap() error { return t.Err }

var ErrOdd = errors.New("odd input")
var ErrBig = errors.New("input too big")

func work(n int) (int, error) {
	switch {
	case n > 50:
		return 0, ErrBig
	case n%2 == 1:
		return 0, ErrOdd
	}
	return n * n, nil
}

func runAll(inputs []int) ([]int, error) {
	results := make([]int, len(inputs))
	errs := make([]error, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := work(in)
			if err != nil {
				errs[i] = &TaskError{Task: i, Err: err}
				return
			}
			results[i] = r
		}()
	}
	wg.Wait()
	var me MultiError
	for _, e := range errs {
		if e != nil {
			me.Errs = append(me.Errs, e)
		}
	}
	if len(me.Errs) == 0 {
		return results, nil
	}
	return results, &me
}

func main() {
	for _, in := range [][]int{{2, 4, 6}, {2, 3, 4, 99, 8}, {51}} {
		res, err := runAll(in)
		fmt.Println("inputs:", in, "results:", res)
		if err == nil {
			fmt.Println("  all ok")
			continue
		}
		fmt.Println("  ", err)
		fmt.Println("   odd:", errors.Is(err, ErrOdd), "big:", errors.Is(err, ErrBig))
		var te *TaskError
		if errors.As(err, &te) {
			fmt.Println("   first failing task:", te.Task)
		}
		var me *MultiError
		if errors.As(err, &me) {
			fmt.Println("   failures:", len(me.Errs))
		}
	}
}
