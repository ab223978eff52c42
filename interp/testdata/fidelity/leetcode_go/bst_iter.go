package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

type BST struct {
	root *Node
	size int
}

func (t *BST) Insert(k int) bool {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).Key:
			p = &(*p).Left
		case k > (*p).Key:
			p = &(*p).Right
		default:
			return false
		}
	}
	*p = &Node{Key: k}
	t.size++
	return true
}

func (t *BST) Delete(k int) {
	t.root = del(t.root, k, &t.size)
}

func del(n *Node, k int, size *int) *Node {
	if n == nil {
		return nil
	}
	switch {
	case k < n.Key:
		n.Left = del(n.Left, k, size)
	case k > n.Key:
		n.Right = del(n.Right, k, size)
	default:
		if n.Left == nil {
			*size--
			return n.Right
		}
		if n.Right == nil {
			*size--
			return n.Left
		}
		m := n.Right
		for m.Left != nil {
			m = m.Left
		}
		n.Key = m.Key
		n.Right = del(n.Right, m.Key, size)
	}
	return n
}

// Iterator does an in-order walk with an explicit stack.
type Iterator struct{ stack []*Node }

func (t *BST) Iter() *Iterator {
	it := &Iterator{}
	it.pushLeft(t.root)
	return it
}

func (it *Iterator) pushLeft(n *Node) {
	for ; n != nil; n = n.Left {
		it.stack = append(it.stack, n)
	}
}

func (it *Iterator) HasNext() bool { return len(it.stack) > 0 }

func (it *Iterator) Next() int {
	n := it.stack[len(it.stack)-1]
	it.stack = it.stack[:len(it.stack)-1]
	it.pushLeft(n.Right)
	return n.Key
}

func (t *BST) String() string {
	var parts []string
	for it := t.Iter(); it.HasNext(); {
		parts = append(parts, fmt.Sprint(it.Next()))
	}
	return fmt.Sprintf("BST(%d){%s}", t.size, strings.Join(parts, ","))
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func isValid(n *Node, lo, hi *int) bool {
	if n == nil {
		return true
	}
	if (lo != nil && n.Key <= *lo) || (hi != nil && n.Key >= *hi) {
		return false
	}
	return isValid(n.Left, lo, &n.Key) && isValid(n.Right, &n.Key, hi)
}

func main() {
	var t BST
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		if !t.Insert(k) {
			fmt.Println("duplicate", k)
		}
	}
	fmt.Println(&t, "height", height(t.root), "valid", isValid(t.root, nil, nil))
	for _, k := range []int{20, 70, 50, 99} {
		t.Delete(k)
		fmt.Printf("after delete %d: %v root=%d\n", k, &t, t.root.Key)
	}
	t.root.Left.Key = 1000
	fmt.Println("valid after corruption:", isValid(t.root, nil, nil))
}
