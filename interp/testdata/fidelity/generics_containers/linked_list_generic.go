package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head *elem[T]
	len  int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.Push(xs[i])
	}
	return l
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.len++
}

func (l *List[T]) Reverse() {
	var prev *elem[T]
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for e := l.head; e != nil; e = e.next {
		f(i, e.val)
		i++
	}
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(_ int, v T) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	var out []U
	l.Each(func(_ int, v T) { out = append(out, f(v)) })
	return FromSlice(out)
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	fmt.Println(l, l.len)

	l.Reverse()
	fmt.Println(l)

	s := MapList(l, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(s)

	empty := FromSlice[float64](nil)
	empty.Reverse()
	fmt.Println(empty, empty.len)
}
