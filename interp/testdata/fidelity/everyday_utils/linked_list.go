package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &Node[T]{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.Next {
		f(i, n.Val)
		i++
	}
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(_ int, v T) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.PushBack(f(v)) })
	return out
}

func (l *List[T]) Remove(pred func(T) bool) int {
	removed := 0
	for l.head != nil && pred(l.head.Val) {
		l.head = l.head.Next
		removed++
	}
	for n := l.head; n != nil && n.Next != nil; {
		if pred(n.Next.Val) {
			n.Next = n.Next.Next
			removed++
		} else {
			n = n.Next
		}
	}
	l.size -= removed
	return removed
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	l := &List[int]{}
	for i := 1; i <= 6; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	n := l.Remove(func(v int) bool { return v%2 == 0 })
	fmt.Println(n, l, l.size)
	strs := Map(l, func(v int) string { return fmt.Sprintf("<%d>", v) })
	fmt.Println(strs)
	pts := &List[Point]{}
	pts.PushBack(Point{1, 2})
	pts.PushBack(Point{3, 4})
	fmt.Println(pts)
	fmt.Printf("%v %+v\n", pts.head.Val, pts.head.Next.Val)
	var empty List[string]
	fmt.Println(empty.String(), empty.size, empty.head == nil)
	sum := 0
	l.Each(func(i, v int) { sum += i * v })
	fmt.Println("weighted:", sum)
}
