package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[T cmp.Ordered] struct {
	root *tnode[T]
	size int
}

type tnode[T cmp.Ordered] struct {
	val         T
	left, right *tnode[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &tnode[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		var walk func(n *tnode[T]) bool
		walk = func(n *tnode[T]) bool {
			return n == nil || walk(n.left) && yield(n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[T]) Height() int {
	var h func(*tnode[T]) int
	h = func(n *tnode[T]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *Tree[T]) Floor(v T) (T, bool) {
	var best T
	found := false
	for n := t.root; n != nil; {
		if n.val == v {
			return v, true
		}
		if n.val < v {
			best, found = n.val, true
			n = n.right
		} else {
			n = n.left
		}
	}
	return best, found
}

func (t *Tree[T]) String() string {
	var b strings.Builder
	var show func(n *tnode[T], depth int)
	show = func(n *tnode[T], depth int) {
		if n == nil {
			return
		}
		show(n.right, depth+1)
		fmt.Fprintf(&b, "%s%v\n", strings.Repeat("    ", depth), n.val)
		show(n.left, depth+1)
	}
	show(t.root, 0)
	return b.String()
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		if !t.Insert(v) {
			fmt.Println("dup", v)
		}
	}
	fmt.Print(t.String())
	fmt.Println("size", t.size, "height", t.Height())
	for v := range t.All() {
		if v > 60 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, q := range []int{10, 20, 55, 66, 99} {
		f, ok := t.Floor(q)
		fmt.Printf("floor(%d)=%d,%v ", q, f, ok)
	}
	fmt.Println()
	var words Tree[string]
	for _, w := range strings.Fields("pear apple fig banana cherry apple") {
		words.Insert(w)
	}
	var all []string
	for w := range words.All() {
		all = append(all, w)
	}
	fmt.Println(all, words.Height())
	f, ok := words.Floor("coconut")
	fmt.Printf("%q %v\n", f, ok)
	fmt.Printf("%T %T\n", t, words.root)
}
