package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]           { return Result[T]{val: v} }
func Err[T any](e error) Result[T]      { return Result[T]{err: e} }
func Try[T any](v T, e error) Result[T] { return Result[T]{v, e} }

func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic(fmt.Sprintf("unwrap on error: %v", r.err))
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

func First[T any](xs []T, pred func(T) bool) Option[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

var ErrNegative = errors.New("negative")

func checkPos(n int) Result[int] {
	if n < 0 {
		return Err[int](fmt.Errorf("%d: %w", n, ErrNegative))
	}
	return Ok(n)
}

func safeUnwrap[T any](r Result[T]) (v T, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
		}
	}()
	return r.Unwrap(), nil
}

func main() {
	inputs := []string{"42", "-7", "x1", "300"}
	for _, in := range inputs {
		r := AndThen(Try(strconv.Atoi(in)), checkPos)
		sq := Map(r, func(n int) float64 { return float64(n) / 8 })
		label := Map(sq, func(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) })
		fmt.Printf("%-4s %-45v %v\n", in, r, label)
		if _, err := safeUnwrap(r); err != nil {
			fmt.Println("     ", err, errors.Is(r.err, ErrNegative), errors.Is(r.err, strconv.ErrSyntax))
		}
	}
	words := []string{"go", "rust", "zig", "haskell"}
	long := First(words, func(s string) bool { return len(s) > 4 })
	none := First(words, func(s string) bool { return len(s) > 10 })
	fmt.Println(long, none, none.OrElse("n/a"), long.OrElse("n/a"))
	v, ok := First([]int{3, 8, 12}, func(n int) bool { return n%4 == 0 }).Get()
	fmt.Println(v, ok, Some(Some(1)), None[[]int]())
	fmt.Printf("%v|%s|%T\n", Some(2.5), Ok("fine"), Ok(1))
}
