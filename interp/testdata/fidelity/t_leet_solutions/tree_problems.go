package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// fromLevel builds a tree from LeetCode's level-order notation, "null" for missing.
func fromLevel(s string) *TreeNode {
	s = strings.Trim(s, "[]")
	if s == "" {
		return nil
	}
	vals := strings.Split(s, ",")
	mk := func(v string) *TreeNode {
		if v == "null" {
			return nil
		}
		n, _ := strconv.Atoi(v)
		return &TreeNode{Val: n}
	}
	root := mk(vals[0])
	queue := []*TreeNode{root}
	i := 1
	for len(queue) > 0 && i < len(vals) {
		node := queue[0]
		queue = queue[1:]
		if node.Left = mk(vals[i]); node.Left != nil {
			queue = append(queue, node.Left)
		}
		i++
		if i < len(vals) {
			if node.Right = mk(vals[i]); node.Right != nil {
				queue = append(queue, node.Right)
			}
			i++
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

func levelOrder(root *TreeNode) [][]int {
	var res [][]int
	if root == nil {
		return res
	}
	level := []*TreeNode{root}
	for len(level) > 0 {
		var vals []int
		var next []*TreeNode
		for _, n := range level {
			vals = append(vals, n.Val)
			for _, c := range []*TreeNode{n.Left, n.Right} {
				if c != nil {
					next = append(next, c)
				}
			}
		}
		res = append(res, vals)
		level = next
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

func invert(n *TreeNode) *TreeNode {
	if n != nil {
		n.Left, n.Right = invert(n.Right), invert(n.Left)
	}
	return n
}

func pathSum(root *TreeNode, target int) (paths [][]int) {
	var walk func(*TreeNode, int, []int)
	walk = func(n *TreeNode, rem int, path []int) {
		if n == nil {
			return
		}
		path = append(path, n.Val)
		if n.Left == nil && n.Right == nil && rem == n.Val {
			paths = append(paths, append([]int(nil), path...))
		}
		walk(n.Left, rem-n.Val, path)
		walk(n.Right, rem-n.Val, path)
	}
	walk(root, target, nil)
	return
}

func main() {
	cases := []string{"[3,9,20,null,null,15,7]", "[1,null,2]", "[]", "[2,1,3]", "[5,1,4,null,null,3,6]"}
	for _, c := range cases {
		t := fromLevel(c)
		fmt.Printf("%-24s depth=%d levels=%v bst=%t\n", c, maxDepth(t), levelOrder(t), isValidBST(t))
	}
	t := fromLevel("[4,2,7,1,3,6,9]")
	fmt.Println("inverted:", levelOrder(invert(t)))
	ps := fromLevel("[5,4,8,11,null,13,4,7,2,null,null,5,1]")
	fmt.Println("pathSum 22:", pathSum(ps, 22))
	fmt.Printf("%+v\n", *fromLevel("[1]"))
}
