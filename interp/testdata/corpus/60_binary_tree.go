package main

import "fmt"

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

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Contains(v int) bool {
	for t != nil {
		switch {
		case v < t.Val:
			t = t.Left
		case v > t.Val:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	var vals []int
	root.InOrder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals)
	fmt.Println("height", root.Height())
	fmt.Println(root.Contains(35), root.Contains(36))
}
