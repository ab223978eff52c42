package main

import (
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

func Map[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

func parseInt(s string) Option[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func main() {
	for _, s := range []string{"42", "x", "-7"} {
		o := parseInt(s)
		doubled := Map(o, func(n int) int { return n * 2 })
		label := Map(doubled, func(n int) string { return "#" + strconv.Itoa(n) })
		fmt.Println(s, o, doubled, label, label.OrElse("none"))
	}

	v, ok := Some("hi").Get()
	fmt.Printf("%q %v\n", v, ok)
	z, ok := None[float64]().Get()
	fmt.Println(z, ok)
	fmt.Printf("%v %s\n", Some([]int{1, 2}), None[bool]())
}
