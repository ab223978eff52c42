package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

// Tree is a binary search tree with a comparison function, as in the
// "Why Generics?" blog post.
type Tree[T any] struct {
	cmp  func(T, T) int
	root *node[T]
	size int
}

type node[T any] struct {
	left, right *node[T]
	val         T
}

func New[T cmp.Ordered]() *Tree[T] { return &Tree[T]{cmp: cmp.Compare[T]} }

func NewFunc[T any](c func(T, T) int) *Tree[T] { return &Tree[T]{cmp: c} }

func (bt *Tree[T]) find(val T) **node[T] {
	pl := &bt.root
	for *pl != nil {
		switch c := bt.cmp(val, (*pl).val); {
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

func (bt *Tree[T]) Insert(val T) bool {
	pl := bt.find(val)
	if *pl != nil {
		return false
	}
	*pl = &node[T]{val: val}
	bt.size++
	return true
}

func (bt *Tree[T]) Contains(val T) bool { return *bt.find(val) != nil }

func (bt *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		bt.root.push(yield)
	}
}

func (n *node[T]) push(yield func(T) bool) bool {
	if n == nil {
		return true
	}
	return n.left.push(yield) && yield(n.val) && n.right.push(yield)
}

func (bt *Tree[T]) Height() int { return bt.root.height() }

func (n *node[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func (bt *Tree[T]) String() string {
	var parts []string
	for v := range bt.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return fmt.Sprintf("Tree(%d)[%s]", bt.size, strings.Join(parts, " "))
}

type Person struct {
	Name string
	Age  int
}

func main() {
	t := New[int]()
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 50} {
		if !t.Insert(v) {
			fmt.Println("dup", v)
		}
	}
	fmt.Println(t, "height", t.Height())
	fmt.Println(t.Contains(40), t.Contains(45))
	for v := range t.All() {
		if v > 50 {
			fmt.Println("first > 50:", v)
			break
		}
	}

	ts := New[string]()
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		ts.Insert(w)
	}
	fmt.Println(ts)

	byAge := NewFunc(func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	byAge.Insert(Person{"Ann", 30})
	byAge.Insert(Person{"Bob", 25})
	byAge.Insert(Person{"Cid", 30})
	byAge.Insert(Person{"Ann", 30})
	for p := range byAge.All() {
		fmt.Printf("%+v\n", p)
	}
	fmt.Printf("%v %T\n", byAge.size, byAge)
	fmt.Printf("%T\n", t.root)
}
