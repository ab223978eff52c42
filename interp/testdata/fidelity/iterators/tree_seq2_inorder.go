package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
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
	t.n++
}

// All yields key/value pairs in key order.
func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		t.root.push(yield)
	}
}

func (n *node[K, V]) push(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.push(yield) && yield(n.key, n.val) && n.right.push(yield)
}

// Keys yields the keys in order.
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
	for i, w := range []string{"delta", "alpha", "echo", "charlie", "bravo", "alpha", "foxtrot"} {
		t.Put(w, i)
	}
	fmt.Println("size", t.n)
	for k, v := range t.All() {
		fmt.Printf("%-8s %d\n", k, v)
	}
	for k := range t.Keys() {
		if k > "c" {
			fmt.Println("first key after c:", k)
			break
		}
	}
	var nums Tree[int, []string]
	nums.Put(3, []string{"three"})
	nums.Put(1, []string{"one", "uno"})
	nums.Put(2, nil)
	for k, v := range nums.All() {
		fmt.Println(k, v, len(v))
	}
	count := 0
	for range nums.Keys() {
		count++
	}
	fmt.Println("count", count)
}
