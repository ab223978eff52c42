package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Node[K cmp.Ordered, V any] struct {
	Key         K
	Val         V
	Left, Right *Node[K, V]
}

type BST[K cmp.Ordered, V any] struct {
	root *Node[K, V]
	n    int
}

func (t *BST[K, V]) Put(k K, v V) {
	var put func(n *Node[K, V]) *Node[K, V]
	put = func(n *Node[K, V]) *Node[K, V] {
		if n == nil {
			t.n++
			return &Node[K, V]{Key: k, Val: v}
		}
		switch {
		case k < n.Key:
			n.Left = put(n.Left)
		case k > n.Key:
			n.Right = put(n.Right)
		default:
			n.Val = v
		}
		return n
	}
	t.root = put(t.root)
}

// All walks the tree in order with a recursive closure.
func (t *BST[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *Node[K, V]) bool
		walk = func(n *Node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.Left) && yield(n.Key, n.Val) && walk(n.Right)
		}
		walk(t.root)
	}
}

// Range yields keys in [lo, hi).
func (t *BST[K, V]) Range(lo, hi K) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if k >= hi {
				return
			}
			if k >= lo && !yield(k) {
				return
			}
		}
	}
}

func (t *BST[K, V]) Depth() int {
	var depth func(n *Node[K, V]) int
	depth = func(n *Node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(depth(n.Left), depth(n.Right))
	}
	return depth(t.root)
}

func main() {
	t := &BST[int, string]{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	fmt.Println("size", t.n, "depth", t.Depth())
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k := range t.Range(35, 75) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	words := &BST[string, int]{}
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple"} {
		words.Put(w, i)
	}
	count := 0
	for w, i := range words.All() {
		count++
		fmt.Println(w, i)
		if count == 3 {
			break
		}
	}
}
