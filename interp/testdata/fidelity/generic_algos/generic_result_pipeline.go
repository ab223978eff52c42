package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	v, err := f(r.Val)
	if err != nil {
		return Fail[U](err)
	}
	return Ok(v)
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

type Stage[T any] func(T) T

func Compose[T any](stages ...Stage[T]) Stage[T] {
	return func(v T) T {
		for _, s := range stages {
			v = s(v)
		}
		return v
	}
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

var ErrNegative = errors.New("negative")

func parse(s string) (int, error) { return strconv.Atoi(strings.TrimSpace(s)) }

func sqrtInt(n int) (float64, error) {
	if n < 0 {
		return 0, fmt.Errorf("sqrt of %d: %w", n, ErrNegative)
	}
	x := float64(n)
	z := x / 2
	for i := 0; i < 20 && z != 0; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func main() {
	for _, in := range []string{" 16 ", "2", "-4", "abc", "0"} {
		r := Then(Then(Ok(in), parse), sqrtInt)
		fmt.Printf("%-6q %v neg=%v\n", in, r, errors.Is(r.Err, ErrNegative))
	}
	shout := Compose[string](strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello  "))
	inc := Stage[int](func(n int) int { return n + 1 })
	dbl := Stage[int](func(n int) int { return n * 2 })
	fmt.Println(Compose(inc, dbl, inc)(5), Compose[int]()(7))
	p := MakePair("age", 42)
	q := p.Swap()
	fmt.Printf("%v %v %T\n", p, q, q)
	pairs := []Pair[string, Result[int]]{MakePair("a", Ok(1)), MakePair("b", Fail[int](errors.New("boom")))}
	for _, pr := range pairs {
		fmt.Println(pr.First, pr.Second)
	}
	fmt.Printf("%+v\n", MakePair(MakePair(1, 2), []string{"x"}))
}
