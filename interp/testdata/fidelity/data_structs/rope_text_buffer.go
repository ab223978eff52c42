package main

import (
	"fmt"
	"strings"
)

type Rope struct {
	left, right *Rope
	text        string
	weight      int
}

const leafMax = 8

func NewRope(s string) *Rope {
	if len(s) <= leafMax {
		return &Rope{text: s, weight: len(s)}
	}
	mid := len(s) / 2
	l, r := NewRope(s[:mid]), NewRope(s[mid:])
	return &Rope{left: l, right: r, weight: l.Len()}
}

func (r *Rope) Len() int {
	if r == nil {
		return 0
	}
	if r.left == nil && r.right == nil {
		return len(r.text)
	}
	return r.weight + r.right.Len()
}

func (r *Rope) Index(i int) byte {
	if r.left == nil && r.right == nil {
		return r.text[i]
	}
	if i < r.weight {
		return r.left.Index(i)
	}
	return r.right.Index(i - r.weight)
}

func Concat(a, b *Rope) *Rope {
	if a == nil || a.Len() == 0 {
		return b
	}
	if b == nil || b.Len() == 0 {
		return a
	}
	return &Rope{left: a, right: b, weight: a.Len()}
}

func (r *Rope) Split(i int) (*Rope, *Rope) {
	if r == nil {
		return nil, nil
	}
	if r.left == nil && r.right == nil {
		return NewRope(r.text[:i]), NewRope(r.text[i:])
	}
	if i < r.weight {
		a, b := r.left.Split(i)
		return a, Concat(b, r.right)
	}
	a, b := r.right.Split(i - r.weight)
	return Concat(r.left, a), b
}

func (r *Rope) Insert(i int, s string) *Rope {
	a, b := r.Split(i)
	return Concat(Concat(a, NewRope(s)), b)
}

func (r *Rope) Delete(i, n int) *Rope {
	a, rest := r.Split(i)
	_, c := rest.Split(n)
	return Concat(a, c)
}

func (r *Rope) String() string {
	var sb strings.Builder
	var walk func(*Rope)
	walk = func(n *Rope) {
		if n == nil {
			return
		}
		if n.left == nil && n.right == nil {
			sb.WriteString(n.text)
			return
		}
		walk(n.left)
		walk(n.right)
	}
	walk(r)
	return sb.String()
}

func (r *Rope) Depth() int {
	if r == nil || r.left == nil && r.right == nil {
		return 0
	}
	return 1 + max(r.left.Depth(), r.right.Depth())
}

func main() {
	r := NewRope("The quick brown fox jumps over the lazy dog")
	fmt.Println(r, r.Len(), r.Depth())
	fmt.Printf("%c%c%c\n", r.Index(4), r.Index(16), r.Index(42))
	r = r.Insert(10, "and very ")
	fmt.Println(r)
	r = r.Delete(4, 6)
	fmt.Println(r, r.Len())
	a, b := r.Split(20)
	fmt.Printf("%q | %q\n", a, b)
	r = Concat(b, a)
	fmt.Println(r, r.Depth())
	empty := NewRope("")
	fmt.Printf("%q %d\n", empty.Insert(0, "hi"), empty.Len())
}
