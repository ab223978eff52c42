package main

import (
	"cmp"
	"fmt"
)

type Tree[T cmp.Ordered] struct {
	root *treeNode[T]
}

type treeNode[T cmp.Ordered] struct {
	val         T
	left, right *treeNode[T]
}

func (t *Tree[T]) Insert(v T) {
	t.root = t.root.insert(v)
}

func (n *treeNode[T]) insert(v T) *treeNode[T] {
	if n == nil {
		return &treeNode[T]{val: v}
	}
	switch {
	case v < n.val:
		n.left = n.left.insert(v)
	case v > n.val:
		n.right = n.right.insert(v)
	}
	return n
}

func (n *treeNode[T]) walk(visit func(T)) {
	if n == nil {
		return
	}
	n.left.walk(visit)
	visit(n.val)
	n.right.walk(visit)
}

func (t *Tree[T]) Sorted() []T {
	var out []T
	t.root.walk(func(v T) { out = append(out, v) })
	return out
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Insert(v)
	}
	fmt.Println(t.Sorted())

	var s Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		s.Insert(w)
	}
	fmt.Println(s.Sorted())
}
