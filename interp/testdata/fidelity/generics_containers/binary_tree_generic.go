package main

import (
	"cmp"
	"fmt"
	"iter"
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
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

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

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z", "m", "b"} {
		t.Put(w, i)
	}
	fmt.Println("size", t.size, "height", t.Height())

	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	for k := range t.All() {
		if k > "c" {
			fmt.Println("first after c:", k)
			break
		}
	}

	v, ok := t.Get("e")
	_, ok2 := t.Get("q")
	fmt.Println(v, ok, ok2)
}
