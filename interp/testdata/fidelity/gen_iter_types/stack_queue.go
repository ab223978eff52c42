// Generic Stack and Queue with methods returning (T, bool), a generic
// Map/Filter/Reduce toolkit, and constraints with ~ types.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
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
func (s Stack[T]) Peek() (T, error) {
	if len(s.items) == 0 {
		var zero T
		return zero, errors.New("empty stack")
	}
	return s.items[len(s.items)-1], nil
}

type Queue[T any] struct{ head, tail []T }

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	var zero T
	if len(q.head) == 0 {
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Cents int64

func evalRPN(tokens []string) (int, error) {
	var st Stack[int]
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, ok1 := st.Pop()
			a, ok2 := st.Pop()
			if !ok1 || !ok2 {
				return 0, fmt.Errorf("stack underflow at %q", t)
			}
			switch t {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(t)
			if err != nil {
				return 0, err
			}
			st.Push(n)
		}
	}
	return st.Peek()
}

func main() {
	fmt.Println(evalRPN([]string{"2", "1", "+", "3", "*"}))
	fmt.Println(evalRPN([]string{"4", "13", "5", "/", "+"}))
	fmt.Println(evalRPN([]string{"+"}))
	fmt.Println(evalRPN([]string{}))

	var q Queue[string]
	for _, s := range []string{"a", "b", "c"} {
		q.Enqueue(s)
	}
	x, _ := q.Dequeue()
	q.Enqueue("d")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		x += v
	}
	fmt.Println(x)

	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(Filter(nums, func(n int) bool { return n%2 == 0 }), func(n int) string { return strconv.Itoa(n * n) })
	fmt.Println(sq, len(sq))
	fmt.Println(Sum(nums), Sum([]float64{0.5, 0.25}), Sum([]Cents{199, 250}))
	fmt.Printf("%T %v\n", Sum([]Cents{1}), Reduce(nums, "", func(a string, n int) string { return a + strconv.Itoa(n) }))
	var s Stack[[]int]
	s.Push([]int{1}, []int{2, 3})
	top, err := s.Peek()
	fmt.Println(top, err, len(s.items))
}
