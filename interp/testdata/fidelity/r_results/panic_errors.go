package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type PanicError struct {
	Value any
	Task  string
}

func (p *PanicError) Error() string { return fmt.Sprintf("task %s panicked: %v", p.Task, p.Value) }

func (p *PanicError) Unwrap() error {
	if e, ok := p.Value.(error); ok {
		return e
	}
	return nil
}

func safely(name string, f func() int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Task: name}
		}
	}()
	return f(), nil
}

var ErrBudget = errors.New("over budget")

type Task struct {
	Name string
	Run  func() int
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Errorf("mustPositive(%d): %w", n, ErrBudget))
	}
	return n
}

func main() {
	var arr []int
	var m map[string]int
	tasks := []Task{
		{"ok", func() int { return 42 }},
		{"index", func() int { return arr[3] }},
		{"nilmap", func() int { m["x"] = 1; return 0 }},
		{"divide", func() int { z := 0; return 10 / z }},
		{"custom", func() int { return mustPositive(-5) }},
		{"string", func() int { panic("plain string") }},
		{"assert", func() int { var x any = "s"; return x.(int) }},
		{"nilptr", func() int { var p *Task; return len(p.Name) }},
	}
	var errs []error
	for _, t := range tasks {
		v, err := safely(t.Name, t.Run)
		if err != nil {
			errs = append(errs, err)
			fmt.Println("ERR", err)
			var re runtime.Error
			if errors.As(err, &re) {
				fmt.Println("    runtime error:", strings.HasPrefix(re.Error(), "runtime error"))
			}
			continue
		}
		fmt.Println("OK ", t.Name, v)
	}
	all := errors.Join(errs...)
	fmt.Println("budget errors:", errors.Is(all, ErrBudget))
	var pe *PanicError
	if errors.As(all, &pe) {
		fmt.Println("first panic task:", pe.Task)
	}
	fmt.Println(strings.Count(all.Error(), "\n") + 1)

	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("re-panic:", ok, err)
		}()
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Errorf("wrapped: %v", r))
			}
		}()
		panic("inner")
	}()
}
