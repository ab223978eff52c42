package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	values []T
}

var ErrEmpty = errors.New("stack is empty")

func (s *Stack[T]) Push(v T) { s.values = append(s.values, v) }

func (s *Stack[T]) IsEmpty() bool { return len(s.values) == 0 }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if s.IsEmpty() {
		return zero, ErrEmpty
	}
	last := s.values[len(s.values)-1]
	s.values = s.values[:len(s.values)-1]
	return last, nil
}

func AssertEqual[T comparable](label string, got, want T) {
	if got != want {
		fmt.Printf("FAIL %s: got %v, want %v\n", label, got, want)
		return
	}
	fmt.Printf("ok   %s: %v\n", label, got)
}

func Reduce[A, B any](xs []A, f func(B, A) B, initial B) B {
	acc := initial
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Find[T any](xs []T, pred func(T) bool) (T, bool) {
	for _, x := range xs {
		if pred(x) {
			return x, true
		}
	}
	var zero T
	return zero, false
}

type Transaction struct {
	From, To string
	Sum      float64
}

func main() {
	ints := new(Stack[int])
	AssertEqual("new stack empty", ints.IsEmpty(), true)
	ints.Push(123)
	ints.Push(456)
	v, _ := ints.Pop()
	AssertEqual("pop", v, 456)
	v, _ = ints.Pop()
	AssertEqual("pop again", v, 123)
	_, err := ints.Pop()
	AssertEqual("pop empty", err, ErrEmpty)

	strs := &Stack[string]{}
	for _, w := range strings.Fields("to be or not") {
		strs.Push(w)
	}
	var out []string
	for !strs.IsEmpty() {
		w, _ := strs.Pop()
		out = append(out, w)
	}
	AssertEqual("reversed", strings.Join(out, " "), "not or be to")

	sum := Reduce([]int{1, 2, 3, 4}, func(acc, x int) int { return acc + x }, 0)
	AssertEqual("sum", sum, 10)
	joined := Reduce([]string{"a", "b", "c"}, func(acc string, x string) string { return acc + x }, "")
	AssertEqual("concat", joined, "abc")
	txs := []Transaction{{"Chris", "Riya", 100}, {"Adil", "Chris", 25}, {"Riya", "Adil", 75}}
	balance := Reduce(txs, func(b float64, t Transaction) float64 {
		if t.From == "Chris" {
			return b - t.Sum
		}
		if t.To == "Chris" {
			return b + t.Sum
		}
		return b
	}, 0.0)
	AssertEqual("Chris's balance", balance, -75.0)
	t, found := Find(txs, func(t Transaction) bool { return t.Sum > 50 && t.From != "Chris" })
	fmt.Printf("found=%v %+v\n", found, t)
	_, found = Find([]int{1, 3, 5}, func(x int) bool { return x%2 == 0 })
	AssertEqual("no even", found, false)
}
