package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = nd
	} else {
		l.head = nd
	}
	l.tail = nd
	l.n++
}

func (l *List[T]) PushFront(v T) {
	nd := &node[T]{val: v, next: l.head}
	if l.head != nil {
		l.head.prev = nd
	} else {
		l.tail = nd
	}
	l.head = nd
	l.n++
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

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.tail; n != nil; n = n.prev {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for n := l.head; n != nil; n = n.next {
		if !pred(n.val) {
			continue
		}
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
		l.n--
		removed++
	}
	return removed
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" <-> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

type Task struct {
	Name string
	Pri  int
}

func main() {
	var l List[int]
	for i := range 6 {
		if i%2 == 0 {
			l.PushBack(i * 10)
		} else {
			l.PushFront(i)
		}
	}
	fmt.Println(&l, l.n)
	for v := range l.Backward() {
		if v > 20 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("removed", l.RemoveIf(func(v int) bool { return v%3 == 0 }), &l)

	tasks := &List[Task]{}
	tasks.PushBack(Task{"write", 2})
	tasks.PushBack(Task{"review", 1})
	tasks.PushFront(Task{"plan", 3})
	fmt.Println(tasks)
	for i, t := range tasks.All() {
		fmt.Printf("%d:%s(%d) ", i, t.Name, t.Pri)
	}
	fmt.Println()
}
