// An AST walker with visitors defined over maps and slices.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node interface{ Children() []Node }

type Ident struct{ Name string }
type Call struct {
	Fn   string
	Args []Node
}
type Block []Node

func (Ident) Children() []Node   { return nil }
func (c Call) Children() []Node  { return c.Args }
func (b Block) Children() []Node { return b }

type Visitor interface{ Visit(n Node) }

type countVisitor map[string]int

func (c countVisitor) Visit(n Node) {
	c[fmt.Sprintf("%T", n)]++
}

type nameCollector []string

func (nc *nameCollector) Visit(n Node) {
	if id, ok := n.(Ident); ok {
		*nc = append(*nc, id.Name)
	}
}

type depthVisitor chan int

func (d depthVisitor) Visit(n Node) {}

func walk(v Visitor, n Node) {
	v.Visit(n)
	for _, c := range n.Children() {
		walk(v, c)
	}
}

func report(v Visitor) string {
	switch x := v.(type) {
	case countVisitor:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, "%s=%d ", k, x[k])
		}
		return "counts: " + b.String()
	case *nameCollector:
		return "names: " + strings.Join(*x, ",")
	case depthVisitor:
		return "depth visitor"
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	prog := Block{
		Call{Fn: "print", Args: []Node{Ident{"x"}, Ident{"y"}}},
		Block{Ident{"z"}, Call{Fn: "f", Args: []Node{Ident{"w"}}}},
	}

	cv := countVisitor{}
	nc := &nameCollector{}
	visitors := []Visitor{cv, nc, make(depthVisitor)}
	for _, v := range visitors {
		walk(v, prog)
		fmt.Printf("%T: %s\n", v, report(v))
	}

	var any1 any = cv
	if m, ok := any1.(map[string]int); ok {
		fmt.Println("plain map?", m)
	} else {
		fmt.Println("not a plain map")
	}
	if c, ok := any1.(countVisitor); ok {
		fmt.Println("Block nodes:", c["main.Block"])
	}
	fmt.Printf("%v\n", prog[0])
	fmt.Printf("%T %T\n", prog, prog[1])
}
