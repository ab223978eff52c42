package main

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](vals []T) T {
	var s T
	for _, v := range vals {
		s += v
	}
	return s
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Stack[T any] struct {
	vals []T
}

func (s *Stack[T]) Push(v T) { s.vals = append(s.vals, v) }

func (s *Stack[T]) Pop() (T, bool) {
	if len(s.vals) == 0 {
		var zero T
		return zero, false
	}
	top := s.vals[len(s.vals)-1]
	s.vals = s.vals[:len(s.vals)-1]
	return top, true
}

type Tree[T any] struct {
	cmp  func(T, T) int
	root *node[T]
}

type node[T any] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Add(v T) {
	t.root = t.root.add(t.cmp, v)
}

func (n *node[T]) add(c func(T, T) int, v T) *node[T] {
	if n == nil {
		return &node[T]{val: v}
	}
	switch r := c(v, n.val); {
	case r < 0:
		n.left = n.left.add(c, v)
	case r > 0:
		n.right = n.right.add(c, v)
	}
	return n
}

func (n *node[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.val)
	n.right.walk(f)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func Max[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]Celsius{20, 21.5}))
	strs := Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(a int, s string) int { return a + len(s) })
	fmt.Println("total length:", total)

	var s Stack[string]
	s.Push("x")
	s.Push("y")
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println("popped", v)
	}
	var is Stack[int]
	z, ok := is.Pop()
	fmt.Println(z, ok)

	t := Tree[int]{cmp: cmp.Compare[int]}
	for _, v := range []int{5, 3, 8, 1, 4, 8, 9} {
		t.Add(v)
	}
	t.root.walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()

	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Println(Max(3, 9, 2), Max("pear", "apple"), Max[Celsius](1.5))
	err := errors.New("boom")
	fmt.Println(Map([]error{err, nil}, func(e error) bool { return e != nil }))
}
