package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node[T any] struct {
	Value      T
	prev, next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	size       int
}

var ErrIndex = errors.New("index out of range")

func (l *List[T]) PushBack(v T) *Node[T] {
	n := &Node[T]{Value: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
	return n
}

func (l *List[T]) PushFront(v T) *Node[T] {
	n := &Node[T]{Value: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
	return n
}

func (l *List[T]) Remove(n *Node[T]) T {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	l.size--
	return n.Value
}

func (l *List[T]) At(i int) (T, error) {
	if i < 0 || i >= l.size {
		var zero T
		return zero, fmt.Errorf("At(%d) of %d: %w", i, l.size, ErrIndex)
	}
	n := l.head
	for ; i > 0; i-- {
		n = n.next
	}
	return n.Value, nil
}

func (l *List[T]) Reverse() {
	for n := l.head; n != nil; n = n.prev {
		n.next, n.prev = n.prev, n.next
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List[T]) String() string {
	parts := []string{}
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.Value))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for n := l.head; n != nil; n = n.next {
		out.PushBack(f(n.Value))
	}
	return out
}

type point struct{ x, y int }

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	l.PushFront(0)
	mid := l.PushBack(5)
	fmt.Println(l, l.size)
	fmt.Println("removed", l.Remove(mid), l.Remove(l.head), l)
	l.Reverse()
	fmt.Println("reversed", l)
	v, err := l.At(2)
	fmt.Println(v, err)
	_, err = l.At(10)
	fmt.Println(err, errors.Is(err, ErrIndex))
	words := MapList(l, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(words)
	pts := FromSlice([]point{{1, 2}, {3, 4}})
	fmt.Println(pts, pts.tail.Value.y)
	var empty List[float64]
	fmt.Println(empty.String(), empty.size)
	empty.Reverse()
	fmt.Println(&empty)
}
