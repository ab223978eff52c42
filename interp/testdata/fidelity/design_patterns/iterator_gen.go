package main

import (
	"fmt"
	"strings"
)

type Iterator[T any] interface {
	Next() (T, bool)
}

type sliceIter struct {
	items []string
	pos   int
}

func (s *sliceIter) Next() (string, bool) {
	if s.pos >= len(s.items) {
		return "", false
	}
	v := s.items[s.pos]
	s.pos++
	return v, true
}

func counter(from, to, step int) func() (int, bool) {
	cur := from
	return func() (int, bool) {
		if cur >= to {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func fibs() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(visit) && visit(t.Val) && t.Right.Walk(visit)
}

func main() {
	it := &sliceIter{items: strings.Fields("alpha beta gamma")}
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		fmt.Print(strings.ToUpper(v[:1]), v[1:], " ")
	}
	fmt.Println()

	next := counter(3, 20, 4)
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	f := fibs()
	var out []string
	for i := 0; i < 10; i++ {
		out = append(out, fmt.Sprint(f()))
	}
	fmt.Println(strings.Join(out, ","))

	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	var vals []int
	root.Walk(func(v int) bool {
		vals = append(vals, v)
		return true
	})
	fmt.Println(vals)
	var firstThree []int
	root.Walk(func(v int) bool {
		firstThree = append(firstThree, v)
		return len(firstThree) < 3
	})
	fmt.Println(firstThree)
	sum := 0
	for _, v := range vals {
		sum += v
	}
	fmt.Printf("sum=%d avg=%.2f\n", sum, float64(sum)/float64(len(vals)))
}
