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

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	u, err := f(r.Val)
	if err != nil {
		return Fail[U](err)
	}
	return Ok(u)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

var ErrEmpty = errors.New("empty input")

func parse(s string) Result[int] {
	if s == "" {
		return Fail[int](ErrEmpty)
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return Fail[int](err)
	}
	return Ok(n)
}

func main() {
	for _, in := range []string{"42", "", "x1"} {
		r := parse(in)
		half := Then(r, func(n int) (float64, error) { return float64(n) / 2, nil })
		fmt.Println(r, half, r.OrElse(-1), errors.Is(r.Err, ErrEmpty))
	}
	rs := []Result[string]{Ok("a"), Fail[string](ErrEmpty)}
	fmt.Println(rs)
	fmt.Printf("%v %+v\n", rs[0], rs[1])
	ps := []Pair[string, Result[int]]{{"one", Ok(1)}, {"bad", parse("?")}}
	for _, p := range ps {
		fmt.Printf("%s=%v ", p.Key, p.Val)
	}
	fmt.Println()
	fmt.Printf("%v\n%+v\n", ps[0], ps[1].Key)
	var st Stack[Pair[int, string]]
	st.Push(Pair[int, string]{1, "a"}, Pair[int, string]{2, "b"})
	top, _ := st.Pop()
	fmt.Printf("%+v %d %T\n", top, st.Len(), top)
	_, ok := (&Stack[int]{}).Pop()
	fmt.Println(ok)
	m := map[string]Result[bool]{"t": Ok(true), "f": Fail[bool](errors.New("nope"))}
	fmt.Println(m)
}
