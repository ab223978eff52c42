// Binary tree problems: build from level order with nulls, traversals,
// max depth, validate BST, lowest common ancestor, serialize.
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

const null = math.MinInt64

func fromLevel(vals []int) *TreeNode {
	if len(vals) == 0 || vals[0] == null {
		return nil
	}
	root := &TreeNode{Val: vals[0]}
	queue := []*TreeNode{root}
	i := 1
	for len(queue) > 0 && i < len(vals) {
		n := queue[0]
		queue = queue[1:]
		if i < len(vals) && vals[i] != null {
			n.Left = &TreeNode{Val: vals[i]}
			queue = append(queue, n.Left)
		}
		i++
		if i < len(vals) && vals[i] != null {
			n.Right = &TreeNode{Val: vals[i]}
			queue = append(queue, n.Right)
		}
		i++
	}
	return root
}

func inorder(n *TreeNode, out *[]int) {
	if n == nil {
		return
	}
	inorder(n.Left, out)
	*out = append(*out, n.Val)
	inorder(n.Right, out)
}

func levels(root *TreeNode) [][]int {
	var res [][]int
	if root == nil {
		return res
	}
	q := []*TreeNode{root}
	for len(q) > 0 {
		var level []int
		next := q[:0:0]
		for _, n := range q {
			level = append(level, n.Val)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		res = append(res, level)
		q = next
	}
	return res
}

func maxDepth(n *TreeNode) int {
	if n == nil {
		return 0
	}
	return 1 + max(maxDepth(n.Left), maxDepth(n.Right))
}

func isValidBST(n *TreeNode) bool {
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
	return check(n, math.MinInt, math.MaxInt)
}

func lca(root, p, q *TreeNode) *TreeNode {
	if root == nil || root == p || root == q {
		return root
	}
	l, r := lca(root.Left, p, q), lca(root.Right, p, q)
	if l != nil && r != nil {
		return root
	}
	if l != nil {
		return l
	}
	return r
}

func find(n *TreeNode, v int) *TreeNode {
	if n == nil || n.Val == v {
		return n
	}
	if f := find(n.Left, v); f != nil {
		return f
	}
	return find(n.Right, v)
}

func serialize(n *TreeNode) string {
	if n == nil {
		return "#"
	}
	return strconv.Itoa(n.Val) + "(" + serialize(n.Left) + "," + serialize(n.Right) + ")"
}

func main() {
	t := fromLevel([]int{3, 5, 1, 6, 2, 0, 8, null, null, 7, 4})
	var in []int
	inorder(t, &in)
	fmt.Println(in)
	fmt.Println(levels(t), maxDepth(t))
	fmt.Println(lca(t, find(t, 5), find(t, 1)).Val, lca(t, find(t, 5), find(t, 4)).Val)
	fmt.Println(serialize(fromLevel([]int{1, null, 2, 3})))

	bst := fromLevel([]int{5, 3, 8, 1, 4, null, 9})
	bad := fromLevel([]int{5, 1, 4, null, null, 3, 6})
	fmt.Println(isValidBST(bst), isValidBST(bad), isValidBST(nil))
	fmt.Println(strings.Repeat("-", 10), levels(nil) == nil, len(levels(nil)))
}
