package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree[K any] struct {
	Val         K
	Left, Right *Tree[K]
}

func Insert(t *Tree[int], v int) *Tree[int] {
	if t == nil {
		return &Tree[int]{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

func (t *Tree[K]) InOrder() iter.Seq[K] {
	return func(yield func(K) bool) {
		t.walk(yield)
	}
}

func (t *Tree[K]) walk(yield func(K) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree[K]) Levels() iter.Seq2[int, []K] {
	return func(yield func(int, []K) bool) {
		level := []*Tree[K]{t}
		for d := 0; len(level) > 0 && t != nil; d++ {
			var vals []K
			var next []*Tree[K]
			for _, n := range level {
				vals = append(vals, n.Val)
				if n.Left != nil {
					next = append(next, n.Left)
				}
				if n.Right != nil {
					next = append(next, n.Right)
				}
			}
			if !yield(d, vals) {
				return
			}
			level = next
		}
	}
}

func main() {
	var root *Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = Insert(root, v)
	}
	var sb strings.Builder
	for v := range root.InOrder() {
		fmt.Fprintf(&sb, "%d ", v)
	}
	fmt.Println(sb.String())
	for v := range root.InOrder() {
		if v > 40 {
			fmt.Println("first over 40:", v)
			break
		}
	}
outer:
	for d, vals := range root.Levels() {
		for _, v := range vals {
			if v == 65 {
				fmt.Println("found 65 at depth", d)
				break outer
			}
			if v%20 == 0 {
				continue outer
			}
		}
		fmt.Println("level", d, vals)
	}
	count := 0
	for range root.InOrder() {
		count++
	}
	var empty *Tree[int]
	for range empty.InOrder() {
		count += 100
	}
	fmt.Println("count", count)
	words := &Tree[string]{Val: "m", Left: &Tree[string]{Val: "c"}, Right: &Tree[string]{Val: "x", Left: &Tree[string]{Val: "p"}}}
	for d, vals := range words.Levels() {
		fmt.Printf("%d %q\n", d, vals)
	}
	fmt.Printf("%v %+v\n", *words.Left, words.Right.Left.Val)
}
