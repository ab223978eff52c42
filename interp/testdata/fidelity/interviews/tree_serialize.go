package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

func serialize(root *TreeNode) string {
	var parts []string
	var walk func(n *TreeNode)
	walk = func(n *TreeNode) {
		if n == nil {
			parts = append(parts, "#")
			return
		}
		parts = append(parts, strconv.Itoa(n.Val))
		walk(n.Left)
		walk(n.Right)
	}
	walk(root)
	return strings.Join(parts, ",")
}

var errMalformed = errors.New("malformed input")

func deserialize(data string) (*TreeNode, error) {
	toks := strings.Split(data, ",")
	i := 0
	var build func() (*TreeNode, error)
	build = func() (*TreeNode, error) {
		if i >= len(toks) {
			return nil, fmt.Errorf("at token %d: %w", i, errMalformed)
		}
		t := toks[i]
		i++
		if t == "#" {
			return nil, nil
		}
		v, err := strconv.Atoi(t)
		if err != nil {
			return nil, fmt.Errorf("token %q: %w", t, err)
		}
		n := &TreeNode{Val: v}
		if n.Left, err = build(); err != nil {
			return nil, err
		}
		if n.Right, err = build(); err != nil {
			return nil, err
		}
		return n, nil
	}
	return build()
}

func levelOrder(root *TreeNode) [][]int {
	var out [][]int
	queue := []*TreeNode{root}
	for len(queue) > 0 && root != nil {
		var level []int
		next := []*TreeNode{}
		for _, n := range queue {
			level = append(level, n.Val)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, level)
		queue = next
	}
	return out
}

func insert(root *TreeNode, v int) *TreeNode {
	if root == nil {
		return &TreeNode{Val: v}
	}
	if v < root.Val {
		root.Left = insert(root.Left, v)
	} else {
		root.Right = insert(root.Right, v)
	}
	return root
}

func (t *TreeNode) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%d %v %v)", t.Val, t.Left, t.Right)
}

func main() {
	var root *TreeNode
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	s := serialize(root)
	fmt.Println("serialized:", s)
	back, err := deserialize(s)
	fmt.Println("err:", err, "same:", serialize(back) == s)
	fmt.Println("levels:", levelOrder(back))
	fmt.Println(back)
	for _, bad := range []string{"1,2", "1,x,#", "#"} {
		t, err := deserialize(bad)
		fmt.Printf("%q -> tree=%v err=%v malformed=%v\n", bad, t, err, errors.Is(err, errMalformed))
	}
	var empty *TreeNode
	fmt.Println(serialize(empty), levelOrder(empty), empty == nil)
}
