package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Value      any
	prev, next *Node
}

func (n *Node) Next() *Node { return n.next }
func (n *Node) Prev() *Node { return n.prev }

type List struct {
	head, tail *Node
	size       int
}

var ErrEmptyList = errors.New("list is empty")

func NewList(elements ...any) *List {
	l := &List{}
	for _, e := range elements {
		l.Push(e)
	}
	return l
}

func (l *List) Unshift(v any) {
	n := &Node{Value: v, next: l.head}
	if l.head != nil {
		l.head.prev = n
	} else {
		l.tail = n
	}
	l.head = n
	l.size++
}

func (l *List) Push(v any) {
	n := &Node{Value: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = n
	} else {
		l.head = n
	}
	l.tail = n
	l.size++
}

func (l *List) Shift() (any, error) {
	if l.head == nil {
		return nil, fmt.Errorf("shift: %w", ErrEmptyList)
	}
	n := l.head
	l.head = n.next
	if l.head == nil {
		l.tail = nil
	} else {
		l.head.prev = nil
	}
	l.size--
	return n.Value, nil
}

func (l *List) Pop() (any, error) {
	if l.tail == nil {
		return nil, fmt.Errorf("pop: %w", ErrEmptyList)
	}
	n := l.tail
	l.tail = n.prev
	if l.tail == nil {
		l.head = nil
	} else {
		l.tail.next = nil
	}
	l.size--
	return n.Value, nil
}

func (l *List) Reverse() {
	for n := l.head; n != nil; n = n.prev {
		n.next, n.prev = n.prev, n.next
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next() {
		parts = append(parts, fmt.Sprintf("%v", n.Value))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func main() {
	l := NewList(1, "two", 3.0, []int{4}, struct{ X int }{5})
	fmt.Println(l, l.size)
	l.Unshift(0)
	l.Push('x')
	fmt.Println(l)
	l.Reverse()
	fmt.Println(l)
	for l.size > 0 {
		v, _ := l.Pop()
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	_, err := l.Shift()
	fmt.Println(err, errors.Is(err, ErrEmptyList))
	_, err = l.Pop()
	fmt.Println(err)
	l2 := NewList()
	for i := range 5 {
		if i%2 == 0 {
			l2.Push(i)
		} else {
			l2.Unshift(i)
		}
	}
	fmt.Println(l2, l2.head.Value, l2.tail.Value, l2.head.Next().Value, l2.tail.Prev().Value)
	v, err := l2.Shift()
	fmt.Println(v, err, l2)
}
