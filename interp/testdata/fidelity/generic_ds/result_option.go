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

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.valid }
func (o Option[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]      { return Result[T]{val: v} }
func Err[T any](e error) Result[T] { return Result[T]{err: e} }
func Try[T any](v T, e error) Result[T] {
	if e != nil {
		return Err[T](e)
	}
	return Ok(v)
}

func (r Result[T]) IsOk() bool { return r.err == nil }
func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic("unwrap on error: " + r.err.Error())
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

func find(m map[string]int, k string) Option[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

var ErrNegative = errors.New("negative")

func checkPos(n int) Result[int] {
	if n < 0 {
		return Err[int](ErrNegative)
	}
	return Ok(n)
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 0}
	for _, k := range []string{"ann", "bob", "cy"} {
		o := find(ages, k)
		v, ok := o.Get()
		fmt.Println(k, o, v, ok, o.OrElse(-1))
	}

	for _, s := range []string{"42", "-7", "x1"} {
		r := Try(strconv.Atoi(s))
		doubled := Map(r, func(n int) int { return n * 2 })
		checked := AndThen(r, checkPos)
		label := Map(checked, func(n int) string { return "#" + strconv.Itoa(n) })
		fmt.Println(s, r, doubled, checked, label, label.IsOk())
	}
	fmt.Printf("%v %s\n", Some("hi"), None[float64]())
	opts := []Option[string]{Some("a"), None[string](), Some("c")}
	fmt.Println(opts)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	Err[int](ErrNegative).Unwrap()
}
