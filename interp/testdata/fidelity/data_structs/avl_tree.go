package main

import (
	"fmt"
	"strings"
)

type AVL struct {
	Key         int
	Height      int
	Left, Right *AVL
}

func height(n *AVL) int {
	if n == nil {
		return 0
	}
	return n.Height
}

func (n *AVL) update() { n.Height = 1 + max(height(n.Left), height(n.Right)) }

func (n *AVL) balance() int { return height(n.Left) - height(n.Right) }

func rotateRight(y *AVL) *AVL {
	x := y.Left
	y.Left = x.Right
	x.Right = y
	y.update()
	x.update()
	return x
}

func rotateLeft(x *AVL) *AVL {
	y := x.Right
	x.Right = y.Left
	y.Left = x
	x.update()
	y.update()
	return y
}

var rotations []string

func Insert(n *AVL, key int) *AVL {
	if n == nil {
		return &AVL{Key: key, Height: 1}
	}
	switch {
	case key < n.Key:
		n.Left = Insert(n.Left, key)
	case key > n.Key:
		n.Right = Insert(n.Right, key)
	default:
		return n
	}
	n.update()
	b := n.balance()
	switch {
	case b > 1 && key < n.Left.Key:
		rotations = append(rotations, fmt.Sprintf("R@%d", n.Key))
		return rotateRight(n)
	case b < -1 && key > n.Right.Key:
		rotations = append(rotations, fmt.Sprintf("L@%d", n.Key))
		return rotateLeft(n)
	case b > 1:
		rotations = append(rotations, fmt.Sprintf("LR@%d", n.Key))
		n.Left = rotateLeft(n.Left)
		return rotateRight(n)
	case b < -1:
		rotations = append(rotations, fmt.Sprintf("RL@%d", n.Key))
		n.Right = rotateRight(n.Right)
		return rotateLeft(n)
	}
	return n
}

func (n *AVL) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Key)
	n.Right.InOrder(visit)
}

func (n *AVL) Draw(sb *strings.Builder, prefix string, isLeft bool) {
	if n == nil {
		return
	}
	n.Right.Draw(sb, prefix+map[bool]string{true: "│   ", false: "    "}[isLeft], false)
	sb.WriteString(prefix)
	if isLeft {
		sb.WriteString("└── ")
	} else {
		sb.WriteString("┌── ")
	}
	fmt.Fprintf(sb, "%d(h%d)\n", n.Key, n.Height)
	n.Left.Draw(sb, prefix+map[bool]string{true: "    ", false: "│   "}[isLeft], true)
}

func main() {
	var root *AVL
	for _, k := range []int{10, 20, 30, 40, 50, 25, 5, 4, 3, 35, 36} {
		root = Insert(root, k)
	}
	var keys []int
	root.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println("keys:", keys)
	fmt.Println("root:", root.Key, "height:", root.Height, "balance:", root.balance())
	fmt.Println("rotations:", rotations)
	var sb strings.Builder
	root.Draw(&sb, "", true)
	fmt.Print(sb.String())
	var seq *AVL
	for i := 1; i <= 100; i++ {
		seq = Insert(seq, i)
	}
	fmt.Println("100 sorted inserts -> height", seq.Height)
}
