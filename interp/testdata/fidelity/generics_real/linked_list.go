package main

import (
	"fmt"
	"iter"
	"strings"
)

type List[T any] struct {
	head, tail *elem[T]
	n          int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) PushBack(v T) {
	e := &elem[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = e, e
	} else {
		l.tail.next = e
		l.tail = e
	}
	l.n++
}

func (l *List[T]) PushFront(v T) {
	l.head = &elem[T]{val: v, next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) Each() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *elem[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	parts := make([]string, 0, l.n)
	for _, v := range l.Each() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.Each() {
		out.PushBack(f(v))
	}
	return out
}

func Find[T comparable](l *List[T], target T) (int, bool) {
	for i, v := range l.Each() {
		if v == target {
			return i, true
		}
	}
	return -1, false
}

type Point struct{ X, Y int }

func main() {
	l := FromSlice([]int{3, 1, 4, 1, 5})
	l.PushFront(9)
	fmt.Println(l, "len", l.n)
	l.Reverse()
	fmt.Println("reversed:", l)
	fmt.Println(Find(l, 4))
	fmt.Println(Find(l, 7))

	words := MapList(l, func(n int) string { return strings.Repeat("ab", n%3) })
	fmt.Printf("%v %d\n", words, words.n)
	for i, w := range words.Each() {
		if i > 2 {
			break
		}
		fmt.Printf("%d:%q ", i, w)
	}
	fmt.Println()

	pts := FromSlice([]Point{{1, 2}, {3, 4}})
	pts.PushBack(Point{5, 6})
	fmt.Println(pts)
	i, ok := Find(pts, Point{3, 4})
	fmt.Println(i, ok)
	empty := &List[float64]{}
	fmt.Println(empty, empty.n)
	empty.Reverse()
	fmt.Println(empty.head == nil, empty.tail == nil)
}
