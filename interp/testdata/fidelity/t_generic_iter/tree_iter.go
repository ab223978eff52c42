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

func (t *Tree[K, V]) Get(k K) (v V, ok bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	return
}

func (n *node[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(yield) }
}

func (t *Tree[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range t.All() {
			if k < lo {
				continue
			}
			if k > hi || !yield(k, v) {
				return
			}
		}
	}
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

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("mango apple peach banana cherry kiwi apple grape") {
		t.Put(w, i)
	}
	fmt.Println("size:", t.size, "height:", t.Height())
	for k, v := range t.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	for k := range t.Range("b", "h") {
		fmt.Print(k, " ")
	}
	fmt.Println()
	if v, ok := t.Get("kiwi"); ok {
		fmt.Println("kiwi ->", v)
	}
	_, ok := t.Get("plum")
	fmt.Println("plum found:", ok)

	nums := &Tree[float64, []string]{}
	nums.Put(2.5, []string{"two", "half"})
	nums.Put(-1, nil)
	nums.Put(10, []string{"ten"})
	for k, v := range nums.All() {
		fmt.Printf("%6.2f %d %v\n", k, len(v), v)
	}
	fmt.Printf("%T %T\n", t, nums)
}
