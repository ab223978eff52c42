package main

import "fmt"

type Node struct {
	Name     string
	Children []*Node
}

func depth(n *Node) int {
	d := 0
	for _, c := range n.Children {
		d = max(d, depth(c))
	}
	return d + 1
}

func main() {
	leaf := &Node{Name: "leaf"}
	root := &Node{Name: "root", Children: []*Node{{Name: "a", Children: []*Node{leaf}}, {Name: "b"}}}
	fmt.Println("depth:", depth(root))

	leaf.Children = append(leaf.Children, root)
	fmt.Println("depth after adding a cycle:", depth(root))
}
