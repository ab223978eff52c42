package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Animal interface{ Name() string }
type Cat struct{}

func (Cat) Name() string { return "cat" }

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(error); ok {
				fmt.Printf("%-12s error %T: %v\n", name, err, err)
				return
			}
			fmt.Printf("%-12s value %T: %v\n", name, r, r)
		}
	}()
	f()
	fmt.Printf("%-12s ok\n", name)
}

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &NotFoundError{k}
}

func main() {
	try("index", func() { s := []int{1, 2, 3}; i := 5; _ = s[i] })
	try("slice", func() { s := []int{1, 2, 3}; i, j := 2, 1; _ = s[i:j] })
	try("nil map", func() { var m map[string]int; m["a"] = 1 })
	try("div zero", func() { a, b := 1, 0; _ = a / b })
	try("assert", func() { var x any = "s"; _ = x.(int) })
	try("assert if", func() { var x any = 3; _ = x.(Animal) })
	try("nil ptr", func() { var s *Stack; s.Pop() })
	try("empty pop", func() { s := &Stack{}; s.Pop() })
	try("custom", func() { panic(&NotFoundError{"x"}) })
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("errorf", func() { panic(fmt.Errorf("wrapped: %w", os.ErrNotExist)) })
	try("fine", func() {})
	try("conv", func() { _, err := strconv.Atoi("12a"); panic(err) })
	try("array", func() { var a [3]int; i := 3; a[i%4] = 1 })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b"} {
		v, err := lookup(m, k)
		var nf *NotFoundError
		fmt.Println(v, err, errors.As(err, &nf), nf != nil && nf.Key == k)
	}
	e1 := errors.New("first")
	e2 := fmt.Errorf("second: %w", e1)
	joined := errors.Join(e2, os.ErrPermission)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, e1), errors.Is(joined, os.ErrPermission), errors.Unwrap(e2) == e1)
	multi := fmt.Errorf("multi: %w and %w", e1, os.ErrClosed)
	fmt.Println(multi, errors.Is(multi, os.ErrClosed))
}
