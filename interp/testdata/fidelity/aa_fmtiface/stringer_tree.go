package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name     string
	Size     int
	Children []*Node
}

func (n *Node) String() string {
	if n == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s(%d)", n.Name, n.Total())
}

func (n *Node) Total() int {
	t := n.Size
	for _, c := range n.Children {
		t += c.Total()
	}
	return t
}

func (n *Node) Render(sb *strings.Builder, prefix string, last bool) {
	branch := "├── "
	next := prefix + "│   "
	if last {
		branch = "└── "
		next = prefix + "    "
	}
	fmt.Fprintf(sb, "%s%s%v\n", prefix, branch, n)
	for i, c := range n.Children {
		c.Render(sb, next, i == len(n.Children)-1)
	}
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Pair struct {
	Key   Path
	Value *Node
}

func find(n *Node, name string, path Path) (Path, *Node) {
	path = append(path, n.Name)
	if n.Name == name {
		return path, n
	}
	for _, c := range n.Children {
		if p, f := find(c, name, path); f != nil {
			return p, f
		}
	}
	return nil, nil
}

func main() {
	root := &Node{Name: "root", Children: []*Node{
		{Name: "bin", Size: 120, Children: []*Node{{Name: "gopad", Size: 900}}},
		{Name: "etc", Size: 4},
		{Name: "home", Children: []*Node{
			{Name: "ann", Size: 30, Children: []*Node{{Name: "notes.txt", Size: 2}}},
			{Name: "bob", Size: 11},
		}},
	}}
	var sb strings.Builder
	sb.WriteString(root.String() + "\n")
	for i, c := range root.Children {
		c.Render(&sb, "", i == len(root.Children)-1)
	}
	fmt.Print(sb.String())

	for _, name := range []string{"notes.txt", "bob", "missing"} {
		p, n := find(root, name, nil)
		pair := Pair{p, n}
		fmt.Printf("%v | %+v | %s\n", pair, pair, p)
	}
	var none *Node
	fmt.Println(none, []*Node{root.Children[1], nil}, map[string]*Node{"etc": root.Children[1]})
	fmt.Printf("%v %d\n", Path{"a", "b"}, len(Path{"a", "b"}))
}
