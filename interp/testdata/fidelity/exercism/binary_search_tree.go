package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type SearchTreeData struct {
	left  *SearchTreeData
	data  int
	right *SearchTreeData
}

func Bst(i int) *SearchTreeData { return &SearchTreeData{data: i} }

func (std *SearchTreeData) Insert(i int) {
	if i <= std.data {
		if std.left == nil {
			std.left = Bst(i)
		} else {
			std.left.Insert(i)
		}
		return
	}
	if std.right == nil {
		std.right = Bst(i)
	} else {
		std.right.Insert(i)
	}
}

func (std *SearchTreeData) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		std.walk(yield)
	}
}

func (std *SearchTreeData) walk(yield func(int) bool) bool {
	if std == nil {
		return true
	}
	return std.left.walk(yield) && yield(std.data) && std.right.walk(yield)
}

func (std *SearchTreeData) MapString(f func(int) string) []string {
	var out []string
	for v := range std.All() {
		out = append(out, f(v))
	}
	return out
}

func (std *SearchTreeData) Height() int {
	if std == nil {
		return 0
	}
	return 1 + max(std.left.Height(), std.right.Height())
}

var ErrNotFound = errors.New("not found")

func (std *SearchTreeData) Find(i int) (depth int, err error) {
	for n := std; n != nil; depth++ {
		switch {
		case i == n.data:
			return depth, nil
		case i < n.data:
			n = n.left
		default:
			n = n.right
		}
	}
	return -1, fmt.Errorf("find %d: %w", i, ErrNotFound)
}

func (std *SearchTreeData) String() string {
	if std == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", std.left, std.data, std.right)
}

func main() {
	t := Bst(4)
	for _, v := range []int{2, 6, 1, 3, 5, 7, 4, 2} {
		t.Insert(v)
	}
	fmt.Println(t)
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(strings.Join(t.MapString(func(i int) string { return fmt.Sprintf("<%d>", i) }), ","))
	fmt.Println("height", t.Height())
	for _, q := range []int{5, 4, 9, 1} {
		d, err := t.Find(q)
		fmt.Printf("find %d: depth=%d err=%v notfound=%t\n", q, d, err, errors.Is(err, ErrNotFound))
	}
	count := 0
	for v := range t.All() {
		if v > 4 {
			break
		}
		count++
	}
	fmt.Println("<= 4:", count)
	var empty *SearchTreeData
	fmt.Println(empty, empty.Height())
}
