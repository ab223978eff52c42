package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// From "Range Over Function Types".

type Set[E comparable] struct {
	m map[E]struct{}
}

func NewSet[E comparable]() *Set[E] {
	return &Set[E]{m: make(map[E]struct{})}
}

func (s *Set[E]) Add(v E) { s.m[v] = struct{}{} }

func (s *Set[E]) Contains(v E) bool {
	_, ok := s.m[v]
	return ok
}

func (s *Set[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for v := range s.m {
			if !yield(v) {
				return
			}
		}
	}
}

func Union[E comparable](s1, s2 *Set[E]) *Set[E] {
	r := NewSet[E]()
	for v := range s1.All() {
		r.Add(v)
	}
	for v := range s2.All() {
		r.Add(v)
	}
	return r
}

func Filter[V any](f func(V) bool, s iter.Seq[V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range s {
			if f(v) {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

type List[T any] struct {
	head *elem[T]
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) { l.head = &elem[T]{v, l.head} }

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

func main() {
	s1, s2 := NewSet[string](), NewSet[string]()
	for _, w := range strings.Fields("a b c d") {
		s1.Add(w)
	}
	for _, w := range strings.Fields("c d e") {
		s2.Add(w)
	}
	u := Union(s1, s2)
	fmt.Println(slices.Sorted(u.All()), u.Contains("e"), u.Contains("z"))
	long := Filter(func(s string) bool { return s > "b" }, u.All())
	fmt.Println(slices.Sorted(long))
	for n := range Fib() {
		if n > 100 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	evens := Filter(func(n int) bool { return n%2 == 0 }, Fib())
	count := 0
	for n := range evens {
		fmt.Print(n, ",")
		count++
		if count == 6 {
			break
		}
	}
	fmt.Println()
	var l List[string]
	for _, w := range []string{"x", "y", "z"} {
		l.Push(w)
	}
	for i, v := range l.All() {
		fmt.Printf("%d=%s ", i, v)
	}
	fmt.Println()
	next, stop := iter.Pull(Fib())
	defer stop()
	for i := 0; i < 5; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, m[k], ";")
	}
	fmt.Println()
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 10})))
	for i, v := range slices.Backward([]string{"p", "q", "r"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
