package main

import (
	"fmt"
	"strings"
)

// List is an s-expression without atoms: a list of lists.
type List []List

func parse(s string) (List, string) {
	var l List
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") {
		panic("want (")
	}
	s = s[1:]
	for {
		s = strings.TrimSpace(s)
		if strings.HasPrefix(s, ")") {
			return l, s[1:]
		}
		var sub List
		sub, s = parse(s)
		l = append(l, sub)
	}
}

func (l List) String() string {
	var b strings.Builder
	b.WriteByte('(')
	for i, sub := range l {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(sub.String())
	}
	b.WriteByte(')')
	return b.String()
}

func (l List) Depth() int {
	d := 0
	for _, sub := range l {
		if sd := sub.Depth(); sd > d {
			d = sd
		}
	}
	return d + 1
}

func (l List) Size() int {
	n := 1
	for _, sub := range l {
		n += sub.Size()
	}
	return n
}

// church turns n into the list of its predecessors, like the von Neumann ordinals.
func church(n int) List {
	l := List{}
	for i := 0; i < n; i++ {
		l = append(l, church(i))
	}
	return l
}

func main() {
	for _, src := range []string{"()", "(())", "(() (()) ((())))", "((((()))) ())"} {
		l, rest := parse(src)
		fmt.Printf("%-20s depth %d size %d rest %q\n", l, l.Depth(), l.Size(), rest)
	}
	three := church(3)
	fmt.Println(three, len(three), three.Size())
	fmt.Println(len(three[2]), three[2][1])
	fmt.Printf("%T %d\n", three[0], len(three[0]))
	var raw = List{nil, {}, {{}}}
	fmt.Println(raw[0] == nil, raw[1] == nil, len(raw[2]))
	fmt.Printf("%v|%d\n", []List(raw), len(raw))
}
