// Option and Result types with methods, generic helpers that chain
// them, and a parser built on top.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
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

func FromPair[T any](v T, err error) Result[T] {
	if err != nil {
		return Fail[T](err)
	}
	return Ok(v)
}

var ErrNegative = errors.New("negative")

func parsePositive(s string) Result[int] {
	return Then(FromPair(strconv.Atoi(strings.TrimSpace(s))), func(n int) Result[int] {
		if n < 0 {
			return Fail[int](fmt.Errorf("%d: %w", n, ErrNegative))
		}
		return Ok(n)
	})
}

func find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	for _, in := range []string{" 42", "-7", "abc", "0"} {
		r := parsePositive(in)
		half := Then(r, func(n int) Result[float64] { return Ok(float64(n) / 2) })
		fmt.Printf("%-6q %v %v %v\n", in, r, half, errors.Is(r.Err, ErrNegative))
	}
	names := []string{"ann", "bob", "cy"}
	fmt.Println(find(names, "bob"), find(names, "dan"), find([]float64{1.5}, 1.5))
	fmt.Println(find(names, "zed").OrElse(-1), Some("x").OrElse("y"))
	if i, ok := find(names, "cy").Get(); ok {
		fmt.Println("cy at", i)
	}
	opts := []Option[string]{Some("a"), None[string](), Some("")}
	fmt.Println(opts)
	fmt.Printf("%v %s\n", Ok([]int{1, 2}), Fail[bool](errors.New("boom")))
}
