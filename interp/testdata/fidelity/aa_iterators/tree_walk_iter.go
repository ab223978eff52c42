package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree struct {
	Val         int
	Left, Right *Tree
}

func Insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		t.push(yield)
	}
}

func (t *Tree) push(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func (t *Tree) Levels() iter.Seq2[int, []int] {
	return func(yield func(int, []int) bool) {
		level := []*Tree{t}
		for depth := 0; len(level) > 0; depth++ {
			var vals []int
			var next []*Tree
			for _, n := range level {
				if n == nil {
					continue
				}
				vals = append(vals, n.Val)
				next = append(next, n.Left, n.Right)
			}
			if len(vals) == 0 {
				return
			}
			if !yield(depth, vals) {
				return
			}
			level = next
		}
	}
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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = Insert(root, v)
	}
	var sb strings.Builder
	for v := range root.All() {
		fmt.Fprintf(&sb, "%d,", v)
	}
	fmt.Println(strings.TrimSuffix(sb.String(), ","))
	for d, vals := range root.Levels() {
		fmt.Printf("depth %d: %v\n", d, vals)
		if d == 2 {
			fmt.Println("(stop at depth 2)")
			break
		}
	}
	odd := Filter(root.All(), func(v int) bool { return v%2 == 1 })
	for v := range Take(odd, 2) {
		fmt.Println("odd:", v)
	}
	count := 0
	for range Take(root.All(), 100) {
		count++
	}
	fmt.Println("count:", count)
outer:
	for v := range root.All() {
		for w := range root.All() {
			if v+w == 100 && v < w {
				fmt.Println("pair:", v, w)
				continue outer
			}
			if v > 60 {
				break outer
			}
		}
	}
}
