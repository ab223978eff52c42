package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]      { return Result[T]{val: v} }
func Err[T any](e error) Result[T] { return Result[T]{err: e} }
func (r Result[T]) IsOk() bool     { return r.err == nil }
func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic("unwrap on error: " + r.err.Error())
	}
	return r.val
}
func (r Result[T]) UnwrapOr(d T) T {
	if r.err != nil {
		return d
	}
	return r.val
}
func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

func AndThen[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

func Try[T any](v T, err error) Result[T] {
	if err != nil {
		return Err[T](err)
	}
	return Ok(v)
}

func Collect[T any](rs []Result[T]) Result[[]T] {
	out := make([]T, 0, len(rs))
	var errs []error
	for _, r := range rs {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		out = append(out, r.val)
	}
	if len(errs) > 0 {
		return Err[[]T](errors.Join(errs...))
	}
	return Ok(out)
}

var ErrNegative = errors.New("negative")

func checkPositive(n int) Result[int] {
	if n < 0 {
		return Err[int](fmt.Errorf("%d: %w", n, ErrNegative))
	}
	return Ok(n)
}

func main() {
	inputs := []string{"12", "-4", "x7", "30"}
	var rs []Result[int]
	for _, in := range inputs {
		r := AndThen(Try(strconv.Atoi(in)), checkPositive)
		rs = append(rs, r)
		fmt.Printf("%-4s -> %v\n", in, r)
	}
	doubled := Map(rs[0], func(n int) string { return strings.Repeat("*", n/2) })
	fmt.Println(doubled, doubled.IsOk())
	fmt.Println(rs[1].UnwrapOr(-1), rs[3].Unwrap())
	all := Collect(rs)
	fmt.Println(all.IsOk())
	fmt.Println(all.err)
	fmt.Println(errors.Is(all.err, ErrNegative), errors.Is(all.err, strconv.ErrSyntax))
	good := Collect([]Result[int]{Ok(1), Ok(2)})
	fmt.Println(good, good.Unwrap())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rs[2].Unwrap()
	}()
	fmt.Printf("%T %T\n", rs[0], all)
}
