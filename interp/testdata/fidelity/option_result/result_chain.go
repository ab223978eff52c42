package main

import (
	"errors"
	"fmt"
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
	u, err := f(r.Val)
	if err != nil {
		return Fail[U](err)
	}
	return Ok(u)
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

var ErrEmpty = errors.New("empty input")

func trim(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrEmpty
	}
	return s, nil
}

func firstWord(s string) (string, error) { return strings.Fields(s)[0], nil }

func length(s string) (int, error) {
	if len(s) > 5 {
		return 0, fmt.Errorf("word %q too long", s)
	}
	return len(s), nil
}

func main() {
	for _, in := range []string{"  hello world ", "   ", "extraordinary thing", "go"} {
		r := Then(Then(Then(Ok(in), trim), firstWord), length)
		fmt.Printf("%-24q %v\n", in, r)
		if errors.Is(r.Err, ErrEmpty) {
			fmt.Println("  (empty input detected)")
		}
	}
}
