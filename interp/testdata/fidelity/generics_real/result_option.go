package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Option[T] { return Option[T]{val: v, valid: true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) IsSome() bool { return o.valid }

func (o Option[T]) UnwrapOr(def T) T {
	if o.valid {
		return o.val
	}
	return def
}

func (o Option[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return f(r.Val)
}

type RangeError struct {
	Value, Min, Max int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%d out of range [%d, %d]", e.Value, e.Min, e.Max)
}

func parse(s string) Result[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Fail[int](fmt.Errorf("parse %q: %w", s, err))
	}
	return Ok(n)
}

func checkPercent(n int) Result[int] {
	if n < 0 || n > 100 {
		return Fail[int](&RangeError{n, 0, 100})
	}
	return Ok(n)
}

func toGrade(n int) Result[string] {
	switch {
	case n >= 90:
		return Ok("A")
	case n >= 75:
		return Ok("B")
	case n >= 50:
		return Ok("C")
	}
	return Ok("F")
}

func find[T comparable](xs []T, want T) Option[int] {
	for i, x := range xs {
		if x == want {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	inputs := []string{"95", "80", "abc", "150", "42", "-3"}
	for _, in := range inputs {
		r := Then(Then(parse(in), checkPercent), toGrade)
		fmt.Printf("%-5s -> %v\n", in, r)
		var re *RangeError
		if errors.As(r.Err, &re) {
			fmt.Printf("       range error: value=%d span=%d\n", re.Value, re.Max-re.Min)
		}
		var ne *strconv.NumError
		if errors.As(r.Err, &ne) {
			fmt.Printf("       num error: func=%s err=%v\n", ne.Func, ne.Err)
		}
	}

	names := []string{"ann", "bob", "cid"}
	for _, n := range []string{"bob", "zed"} {
		o := find(names, n)
		fmt.Println(n, o, o.IsSome(), o.UnwrapOr(-1))
	}
	fmt.Printf("%v %+v\n", Some(3.5), None[string]())
	fmt.Printf("%T\n", Ok("x"))
}
