package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node interface {
	Name() string
	Size() int
}

type File struct {
	name string
	size int
}

type Dir struct {
	name     string
	children []Node
}

func (f *File) Name() string { return f.name }
func (f *File) Size() int    { return f.size }

func (d *Dir) Name() string { return d.name + "/" }
func (d *Dir) Size() int {
	t := 0
	for _, c := range d.children {
		t += c.Size()
	}
	return t
}

func walk(n Node, depth int, visit func(Node, int)) {
	visit(n, depth)
	if d, ok := n.(*Dir); ok {
		kids := append([]Node(nil), d.children...)
		sort.Slice(kids, func(i, j int) bool { return kids[i].Name() < kids[j].Name() })
		for _, c := range kids {
			walk(c, depth+1, visit)
		}
	}
}

func main() {
	root := &Dir{"root", []Node{
		&File{"readme.md", 120},
		&Dir{"src", []Node{&File{"main.go", 900}, &File{"util.go", 300}, &Dir{"internal", []Node{&File{"x.go", 50}}}}},
		&Dir{"empty", nil},
		&File{"LICENSE", 1500},
	}}

	walk(root, 0, func(n Node, depth int) {
		fmt.Printf("%s%-*s %6d\n", strings.Repeat("  ", depth), 20-2*depth, n.Name(), n.Size())
	})

	var big []string
	walk(root, 0, func(n Node, _ int) {
		if f, ok := n.(*File); ok && f.size >= 300 {
			big = append(big, f.name)
		}
	})
	fmt.Println("big files:", big)
}
