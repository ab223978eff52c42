package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *Tree[K, V]) Insert(k K, v V) {
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

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

// All yields the pairs in key order.
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

func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (t *Tree[K, V]) Height() int { return height(t.root) }

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	t := &Tree[string, int]{}
	for i, w := range strings.Fields("mango apple kiwi banana cherry apple date fig") {
		t.Insert(w, i)
	}
	fmt.Println("size:", t.size, "height:", t.Height())
	for k, v := range t.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()

	for k := range t.Keys() {
		if k > "d" {
			fmt.Println("first after d:", k)
			break
		}
	}
	if v, ok := t.Get("kiwi"); ok {
		fmt.Println("kiwi ->", v)
	}
	_, ok := t.Get("grape")
	fmt.Println("grape?", ok)

	nums := &Tree[int, []string]{}
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		nums.Insert(n, []string{fmt.Sprint("n", n)})
	}
	count := 0
	for k, v := range nums.All() {
		count++
		fmt.Print(k, v, " ")
		if count == 5 {
			break
		}
	}
	fmt.Println("height", nums.Height())
}
