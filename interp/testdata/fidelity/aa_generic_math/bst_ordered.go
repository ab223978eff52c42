package main

import (
	"cmp"
	"fmt"
	"strings"
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

func (t *Tree[K, V]) Walk(fn func(K, V) bool) {
	var walk func(n *node[K, V]) bool
	walk = func(n *node[K, V]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && fn(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

func (t *Tree[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *Tree[K, V]) Floor(k K) (K, bool) {
	var best K
	found := false
	for n := t.root; n != nil; {
		if n.key == k {
			return n.key, true
		}
		if n.key < k {
			best, found = n.key, true
			n = n.right
		} else {
			n = n.left
		}
	}
	return best, found
}

func main() {
	var t Tree[string, int]
	text := "it was the best of times it was the worst of times it was the age of wisdom"
	for _, w := range strings.Fields(text) {
		c, _ := t.Get(w)
		t.Put(w, c+1)
	}
	fmt.Println("size:", t.size, "height:", t.Height())
	t.Walk(func(k string, v int) bool {
		fmt.Printf("%s=%d ", k, v)
		return true
	})
	fmt.Println()
	n := 0
	t.Walk(func(k string, v int) bool {
		n++
		return n < 3
	})
	fmt.Println("stopped after", n)
	var nums Tree[float64, string]
	for i, x := range []float64{5, 2.5, 8, 1, 9.75, 6} {
		nums.Put(x, fmt.Sprint("#", i))
	}
	for _, q := range []float64{0.5, 2.5, 7, 100} {
		f, ok := nums.Floor(q)
		v, _ := nums.Get(f)
		fmt.Printf("floor(%v) = %v %t %q\n", q, f, ok, v)
	}
}
