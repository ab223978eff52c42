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

func (t *Tree) InOrder() iter.Seq[int] {
	return func(yield func(int) bool) {
		t.walk(yield)
	}
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) Levels() iter.Seq2[int, []int] {
	return func(yield func(int, []int) bool) {
		if t == nil {
			return
		}
		level := []*Tree{t}
		for depth := 0; len(level) > 0; depth++ {
			var vals []int
			var next []*Tree
			for _, n := range level {
				vals = append(vals, n.Val)
				if n.Left != nil {
					next = append(next, n.Left)
				}
				if n.Right != nil {
					next = append(next, n.Right)
				}
			}
			if !yield(depth, vals) {
				return
			}
			level = next
		}
	}
}

func Filter[T any](seq iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if f(v) && !yield(v) {
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
	var parts []string
	for v := range root.InOrder() {
		parts = append(parts, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(parts, ","))
	for v := range root.InOrder() {
		if v > 40 {
			fmt.Println("first above 40:", v)
			break
		}
	}
	for d, vals := range root.Levels() {
		fmt.Printf("depth %d: %v\n", d, vals)
	}
	count := 0
	for v := range Filter(root.InOrder(), func(v int) bool { return v%20 == 0 }) {
		count++
		fmt.Print(v, " ")
	}
	fmt.Println("count", count)
	sum := 0
outer:
	for d, vals := range root.Levels() {
		for _, v := range vals {
			if v == 60 {
				fmt.Println("found 60 at depth", d)
				break outer
			}
			sum += v
		}
	}
	fmt.Println("sum before 60:", sum)
	var empty *Tree
	for range empty.InOrder() {
		fmt.Println("never")
	}
	fmt.Println("done")
}
