package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] {
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(def T) T {
	if r.Err != nil {
		return def
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func main() {
	r := Try(strconv.Atoi("21"))
	doubled := Then(r, func(n int) (int, error) { return n * 2, nil })
	fmt.Println(doubled.Val, doubled.Err)

	bad := Then(Try(strconv.Atoi("x")), func(n int) (string, error) { return fmt.Sprint(n), nil })
	fmt.Println(bad.OrElse("default"), bad.Err != nil)

	neg := Then(r, func(n int) (float64, error) {
		if n > 0 {
			return 0, errors.New("want negative")
		}
		return float64(n), nil
	})
	fmt.Println(neg.OrElse(-1), neg.Err)
}
