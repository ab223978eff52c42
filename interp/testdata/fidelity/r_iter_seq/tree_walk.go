package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree[T]) Depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Depth(), t.Right.Depth())
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	var root *Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v, func(a, b int) bool { return a < b })
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println("depth", root.Depth())
	for v := range root.All() {
		if v > 45 {
			fmt.Println("first above 45:", v)
			break
		}
	}
	big := Filter(root.All(), func(n int) bool { return n%20 == 0 })
	labels := MapSeq(big, func(n int) string { return fmt.Sprintf("<%d>", n) })
	var parts []string
	for s := range labels {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, ""))

	var words *Tree[string]
	for _, w := range strings.Fields("pear apple fig banana cherry") {
		words = words.Insert(w, func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b })
	}
	n := 0
	for w := range words.All() {
		n++
		fmt.Printf("%d=%s ", n, w)
	}
	fmt.Println()
}
