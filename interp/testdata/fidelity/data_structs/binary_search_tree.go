package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Walk(ch chan<- int) {
	if t == nil {
		return
	}
	t.Left.Walk(ch)
	ch <- t.Value
	t.Right.Walk(ch)
}

func Same(a, b *Tree) bool {
	ca, cb := make(chan int), make(chan int)
	go func() { a.Walk(ca); close(ca) }()
	go func() { b.Walk(cb); close(cb) }()
	for {
		va, oka := <-ca
		vb, okb := <-cb
		if oka != okb || va != vb {
			return false
		}
		if !oka {
			return true
		}
	}
}

func delete(t *Tree, v int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case v < t.Value:
		t.Left = delete(t.Left, v)
	case v > t.Value:
		t.Right = delete(t.Right, v)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Value = m.Value
		t.Right = delete(t.Right, m.Value)
	}
	return t
}

func levels(t *Tree) [][]int {
	var out [][]int
	q := []*Tree{t}
	for len(q) > 0 {
		var lvl []int
		var next []*Tree
		for _, n := range q {
			if n == nil {
				continue
			}
			lvl = append(lvl, n.Value)
			next = append(next, n.Left, n.Right)
		}
		if len(lvl) > 0 {
			out = append(out, lvl)
		}
		q = next
	}
	return out
}

func pretty(t *Tree, indent int, sb *strings.Builder) {
	if t == nil {
		return
	}
	pretty(t.Right, indent+4, sb)
	fmt.Fprintf(sb, "%s%d\n", strings.Repeat(" ", indent), t.Value)
	pretty(t.Left, indent+4, sb)
}

func main() {
	var t *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t = insert(t, v)
	}
	fmt.Println(t)
	fmt.Println("height:", t.Height(), "levels:", levels(t))
	var u *Tree
	for _, v := range []int{20, 30, 35, 40, 45, 50, 60, 65, 70, 80} {
		u = insert(u, v)
	}
	fmt.Println("same:", Same(t, u), "height u:", u.Height())
	t = delete(t, 30)
	t = delete(t, 50)
	t = delete(t, 99)
	fmt.Println(t, Same(t, u))
	var sb strings.Builder
	pretty(t, 0, &sb)
	fmt.Print(sb.String())
	var empty *Tree
	fmt.Println(empty, empty.Height(), levels(empty))
}
