package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushFront(i * 10)
	}
	l.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println("size", l.size)

	l.Reverse()
	l.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
}
