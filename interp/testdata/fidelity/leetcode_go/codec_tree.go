package main

import (
	"fmt"
	"strconv"
	"strings"
)

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

type Codec struct{}

func (Codec) serialize(root *TreeNode) string {
	var sb strings.Builder
	var walk func(*TreeNode)
	walk = func(n *TreeNode) {
		if n == nil {
			sb.WriteString("#,")
			return
		}
		sb.WriteString(strconv.Itoa(n.Val))
		sb.WriteByte(',')
		walk(n.Left)
		walk(n.Right)
	}
	walk(root)
	return strings.TrimSuffix(sb.String(), ",")
}

func (Codec) deserialize(data string) *TreeNode {
	tokens := strings.Split(data, ",")
	pos := 0
	var build func() *TreeNode
	build = func() *TreeNode {
		tok := tokens[pos]
		pos++
		if tok == "#" {
			return nil
		}
		v, _ := strconv.Atoi(tok)
		return &TreeNode{Val: v, Left: build(), Right: build()}
	}
	return build()
}

func levelOrder(root *TreeNode) [][]int {
	var res [][]int
	if root == nil {
		return res
	}
	q := []*TreeNode{root}
	for len(q) > 0 {
		var level []int
		for n := len(q); n > 0; n-- {
			cur := q[0]
			q = q[1:]
			level = append(level, cur.Val)
			if cur.Left != nil {
				q = append(q, cur.Left)
			}
			if cur.Right != nil {
				q = append(q, cur.Right)
			}
		}
		res = append(res, level)
	}
	return res
}

func maxDepth(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(maxDepth(n.Left), maxDepth(n.Right))
}

func main() {
	root := &TreeNode{1, &TreeNode{2, nil, nil}, &TreeNode{3, &TreeNode{4, nil, nil}, &TreeNode{5, nil, nil}}}
	c := Codec{}
	s := c.serialize(root)
	fmt.Println("serialized:", s)
	back := c.deserialize(s)
	fmt.Println("levels:", levelOrder(back))
	fmt.Println("depth:", maxDepth(back))
	fmt.Println("round trip equal:", c.serialize(back) == s)
	fmt.Printf("empty: %q -> %v\n", c.serialize(nil), c.deserialize("#"))
	neg := c.deserialize("-10,9,#,#,20,15,#,#,7,#,#")
	fmt.Println(levelOrder(neg), neg.Right.Left.Val)
}
