package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Tree is the generic binary search tree of the "Why Generics?" talk,
// with a comparison function as a field.
type Tree[T any] struct {
	cmp  func(T, T) int
	root *node[T]
	size int
}

type node[T any] struct {
	left, right *node[T]
	val         T
}

func New[T any](cmp func(T, T) int) *Tree[T] { return &Tree[T]{cmp: cmp} }

func (t *Tree[T]) find(v T) **node[T] {
	pl := &t.root
	for *pl != nil {
		switch c := t.cmp(v, (*pl).val); {
		case c < 0:
			pl = &(*pl).left
		case c > 0:
			pl = &(*pl).right
		default:
			return pl
		}
	}
	return pl
}

func (t *Tree[T]) Insert(v T) bool {
	pl := t.find(v)
	if *pl != nil {
		return false
	}
	*pl = &node[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Contains(v T) bool { return *t.find(v) != nil }

func (t *Tree[T]) Walk(fn func(T)) { walk(t.root, fn) }

func walk[T any](n *node[T], fn func(T)) {
	if n == nil {
		return
	}
	walk(n.left, fn)
	fn(n.val)
	walk(n.right, fn)
}

func (t *Tree[T]) Height() int { return height(t.root) }

func height[T any](n *node[T]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

type person struct {
	name string
	age  int
}

func main() {
	ints := New(cmp.Compare[int])
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		fmt.Printf("insert %d: %t\n", v, ints.Insert(v))
	}
	var parts []string
	ints.Walk(func(v int) { parts = append(parts, fmt.Sprint(v)) })
	fmt.Println(strings.Join(parts, " "), "size", ints.size, "height", ints.Height())
	fmt.Println(ints.Contains(65), ints.Contains(66))

	byLen := New(func(a, b string) int {
		if c := cmp.Compare(len(a), len(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, w := range strings.Fields("pear fig banana kiwi apple date fig") {
		byLen.Insert(w)
	}
	byLen.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	people := New(func(a, b person) int { return cmp.Compare(a.age, b.age) })
	people.Insert(person{"ann", 31})
	people.Insert(person{"bob", 25})
	people.Insert(person{"cy", 40})
	people.Walk(func(p person) { fmt.Printf("%s(%d) ", p.name, p.age) })
	fmt.Println()
}
