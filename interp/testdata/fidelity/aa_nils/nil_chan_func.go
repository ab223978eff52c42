package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pipe chan string

func (p Pipe) Send(s string) bool {
	if p == nil {
		return false
	}
	p <- s
	return true
}

type Visitor func(depth int, name string) bool

func (v Visitor) Visit(depth int, name string) bool {
	if v == nil {
		return true
	}
	return v(depth, name)
}

type Sender interface{ Send(string) bool }

type Tree struct {
	Name string
	Kids []*Tree
}

func (t *Tree) Walk(v Visitor, depth int) int {
	if !v.Visit(depth, t.Name) {
		return 1
	}
	n := 1
	for _, k := range t.Kids {
		n += k.Walk(v, depth+1)
	}
	return n
}

func main() {
	var p Pipe
	var s Sender = p
	fmt.Println(s == nil, s.Send("x"))
	p = make(Pipe, 2)
	s = p
	fmt.Println(s.Send("a"), s.Send("b"), len(p))
	close(p)
	var got []string
	for v := range p {
		got = append(got, v)
	}
	fmt.Println(got)

	t := &Tree{"root", []*Tree{{"a", []*Tree{{"a1", nil}, {"a2", nil}}}, {"b", nil}}}
	fmt.Println("visited all:", t.Walk(nil, 0))
	var names []string
	n := t.Walk(func(d int, name string) bool {
		names = append(names, strings.Repeat(".", d)+name)
		return name != "a"
	}, 0)
	fmt.Println(n, names)
	visitors := map[string]Visitor{"none": nil, "all": func(int, string) bool { return true }}
	keys := make([]string, 0)
	for k := range visitors {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var iface interface{ Visit(int, string) bool } = visitors[k]
		fmt.Println(k, iface == nil, iface.Visit(0, "x"), t.Walk(visitors[k], 0))
	}
}
