package main

import (
	"cmp"
	"fmt"
	"iter"
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

func (n *node[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(yield) }
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

func (t *Tree[K, V]) Depth() int {
	var depth func(*node[K, V]) int
	depth = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(depth(n.left), depth(n.right))
	}
	return depth(t.root)
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

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("mango apple kiwi banana cherry apple zucchini fig") {
		t.Put(w, i)
	}
	fmt.Println("size", t.size, "depth", t.Depth())
	for k, v := range t.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	for k := range t.Keys() {
		if k > "cherry" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for k, v := range t.Range("c", "l") {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	var nums Tree[float64, []string]
	for _, f := range []float64{3.5, -1, 2.25, 10, 0} {
		nums.Put(f, []string{fmt.Sprint(f * 2)})
	}
	count := 0
	for k, v := range nums.All() {
		count++
		fmt.Print(k, v, " ")
		if count == 3 {
			break
		}
	}
	fmt.Println()
	var empty Tree[int, bool]
	for range empty.All() {
		fmt.Println("never")
	}
	fmt.Println("empty depth", empty.Depth())
	found := func() string {
		for k, v := range t.All() {
			if v == 7 {
				return "found " + k
			}
		}
		return "none"
	}()
	fmt.Println(found)
}
