package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

// buildTree builds a tree from LeetCode's level-order notation, "null" for a missing child.
func buildTree(s string) *TreeNode {
	parts := strings.Split(strings.Trim(s, "[]"), ",")
	if len(parts) == 0 || parts[0] == "" || parts[0] == "null" {
		return nil
	}
	val := func(i int) *TreeNode {
		if i >= len(parts) || parts[i] == "null" {
			return nil
		}
		v, _ := strconv.Atoi(parts[i])
		return &TreeNode{Val: v}
	}
	root := val(0)
	queue := []*TreeNode{root}
	for i := 1; len(queue) > 0 && i < len(parts); i += 2 {
		n := queue[0]
		queue = queue[1:]
		n.Left, n.Right = val(i), val(i+1)
		if n.Left != nil {
			queue = append(queue, n.Left)
		}
		if n.Right != nil {
			queue = append(queue, n.Right)
		}
	}
	return root
}

func maxDepth(root *TreeNode) int {
	if root == nil {
		return 0
	}
	return 1 + max(maxDepth(root.Left), maxDepth(root.Right))
}

func inorder(root *TreeNode) (out []int) {
	var visit func(*TreeNode)
	visit = func(n *TreeNode) {
		if n == nil {
			return
		}
		visit(n.Left)
		out = append(out, n.Val)
		visit(n.Right)
	}
	visit(root)
	return
}

func levelOrder(root *TreeNode) [][]int {
	var res [][]int
	if root == nil {
		return res
	}
	q := []*TreeNode{root}
	for len(q) > 0 {
		var level []int
		for _, n := range q {
			level = append(level, n.Val)
		}
		var next []*TreeNode
		for _, n := range q {
			for _, c := range []*TreeNode{n.Left, n.Right} {
				if c != nil {
					next = append(next, c)
				}
			}
		}
		res = append(res, level)
		q = next
	}
	return res
}

func isValidBST(root *TreeNode) bool {
	var check func(n *TreeNode, lo, hi int) bool
	check = func(n *TreeNode, lo, hi int) bool {
		if n == nil {
			return true
		}
		if n.Val <= lo || n.Val >= hi {
			return false
		}
		return check(n.Left, lo, n.Val) && check(n.Right, n.Val, hi)
	}
	return check(root, math.MinInt, math.MaxInt)
}

func invertTree(root *TreeNode) *TreeNode {
	if root != nil {
		root.Left, root.Right = invertTree(root.Right), invertTree(root.Left)
	}
	return root
}

func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	if root == nil || root == p || root == q {
		return root
	}
	l, r := lowestCommonAncestor(root.Left, p, q), lowestCommonAncestor(root.Right, p, q)
	if l != nil && r != nil {
		return root
	}
	if l != nil {
		return l
	}
	return r
}

func main() {
	for _, s := range []string{"[3,9,20,null,null,15,7]", "[1,null,2]", "[]", "[2,1,3]", "[5,1,4,null,null,3,6]"} {
		t := buildTree(s)
		fmt.Printf("%-26s depth=%d inorder=%v levels=%v validBST=%t\n", s, maxDepth(t), inorder(t), levelOrder(t), isValidBST(t))
	}
	t := buildTree("[4,2,7,1,3,6,9]")
	fmt.Println("inverted:", levelOrder(invertTree(t)))

	t = buildTree("[3,5,1,6,2,0,8,null,null,7,4]")
	p, q := t.Left, t.Left.Right.Right
	fmt.Println("LCA:", lowestCommonAncestor(t, p, q).Val, lowestCommonAncestor(t, t.Left, t.Right).Val)
}
