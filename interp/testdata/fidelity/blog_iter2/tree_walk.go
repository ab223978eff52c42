// A binary search tree whose traversals are iterators; stopping early
// must unwind the recursion cleanly.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		t.root.walk(yield)
	}
}

func (n *node[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var rec func(n *node[K, V]) bool
		rec = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return rec(n.right) && yield(n.key, n.val) && rec(n.left)
		}
		rec(t.root)
	}
}

func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"mango", "apple", "cherry", "banana", "apple", "fig", "date", "elder"} {
		t.Put(w, i)
	}
	fmt.Println("size:", t.size)

	for k, v := range t.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()

	count := 0
	for k := range t.Backward() {
		if count == 3 {
			break
		}
		fmt.Print(k, " ")
		count++
	}
	fmt.Println()

	keys := slices.Collect(t.Keys())
	fmt.Println(keys, slices.IsSorted(keys))

	var nums Tree[int, []string]
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80} {
		nums.Put(n, []string{fmt.Sprint(n / 10)})
	}
	sum := 0
	for k, v := range nums.All() {
		if k > 60 {
			break
		}
		sum += k
		if k == 40 {
			continue
		}
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)
}
