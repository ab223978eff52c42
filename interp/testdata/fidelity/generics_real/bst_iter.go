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

// All yields entries in key order.
func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *Tree[K, V]) Range(lo, hi K) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if k < lo {
				continue
			}
			if k > hi || !yield(k) {
				return
			}
		}
	}
}

func main() {
	var t Tree[int, string]
	for _, n := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(n, strings.Repeat("*", n/10))
	}
	t.Put(40, "forty")
	fmt.Println("size:", t.size, "height:", t.Height())
	for k, v := range t.All() {
		fmt.Printf("%3d: %s\n", k, v)
	}
	fmt.Print("range 33..66:")
	for k := range t.Range(33, 66) {
		fmt.Print(" ", k)
	}
	fmt.Println()
	for _, k := range []int{45, 46} {
		v, ok := t.Get(k)
		fmt.Printf("get(%d) = %q, %v\n", k, v, ok)
	}

	words := Tree[string, int]{}
	for i, w := range strings.Fields("pear apple fig banana cherry apple fig") {
		old, _ := words.Get(w)
		words.Put(w, old+i)
	}
	var parts []string
	for w, n := range words.All() {
		parts = append(parts, fmt.Sprintf("%s=%d", w, n))
		if w == "cherry" {
			break
		}
	}
	fmt.Println(strings.Join(parts, ", "))
	fmt.Println(words.size, words.Height())
}
