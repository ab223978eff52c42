package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.Push(xs[i])
	}
	return l
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Pop() (T, bool) {
	if l.head == nil {
		var z T
		return z, false
	}
	v := l.head.val
	l.head = l.head.next
	l.size--
	return v, true
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		cur.next, prev, cur = prev, cur, cur.next
	}
	l.head = prev
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) String() string {
	parts := []string{}
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	var tail *node[U]
	for _, v := range l.All() {
		n := &node[U]{val: f(v)}
		if tail == nil {
			out.head = n
		} else {
			tail.next = n
		}
		tail = n
		out.size++
	}
	return out
}

type Point struct{ X, Y int }

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5})
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	v, _ := l.Pop()
	fmt.Println("popped", v, "now", l)
	sq := Map(l, func(n int) string { return fmt.Sprintf("%d²=%d", n, n*n) })
	fmt.Println(sq)
	pts := FromSlice([]Point{{1, 2}, {3, 4}})
	fmt.Println(pts)
	fmt.Printf("%v\n", Map(pts, func(p Point) int { return p.X + p.Y }))
	empty := &List[string]{}
	_, ok := empty.Pop()
	fmt.Println(empty, ok, empty.size)
	for i, s := range FromSlice(strings.Fields("a b c d")).All() {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
}
