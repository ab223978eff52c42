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
	head, tail *node[T]
	n          int
}

func (l *List[T]) Push(v T) {
	nd := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.next = nd
		l.tail = nd
	}
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

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	l.tail = l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Filter[T any](l *List[T], keep func(T) bool) *List[T] {
	out := &List[T]{}
	for _, v := range l.All() {
		if keep(v) {
			out.Push(v)
		}
	}
	return out
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Point struct{ X, Y int }

func main() {
	var l List[int]
	for i := range 8 {
		l.Push(i * i)
	}
	fmt.Println(l.String(), l.n)
	l.Reverse()
	fmt.Println(&l)
	ev := Filter(&l, func(v int) bool { return v%2 == 0 })
	fmt.Println(ev, ev.n)
	for i, v := range l.All() {
		if i > 2 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	pl := &List[Point]{}
	pl.Push(Point{1, 2})
	pl.Push(Point{3, 4})
	fmt.Println(pl)
	fmt.Printf("%v %+v\n", pl.head.val, pl.tail.val)

	var st Stack[string]
	for _, w := range strings.Fields("to be or not") {
		st.Push(w)
	}
	for {
		w, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println(len(st))
	ps := Stack[*Point]{}
	ps.Push(&Point{5, 6})
	p, _ := ps.Pop()
	p.X = 50
	fmt.Println(*p)
}
