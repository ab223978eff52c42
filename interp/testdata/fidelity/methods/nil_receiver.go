package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%v", n.Val, n.Next)
}

func main() {
	var empty *Node
	fmt.Println(empty.Sum(), empty.String())

	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum())
	fmt.Println(list)
}
