package main

import (
	"fmt"
	"strings"
)

// List is a singly linked generic list with functional helpers.
type List[T any] struct {
	head *elem[T]
	n    int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func FromSlice[T any](xs []T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.PushFront(xs[i])
	}
	return l
}

func (l *List[T]) PushFront(v T) {
	l.head = &elem[T]{v, l.head}
	l.n++
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

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for e := l.head; e != nil; e = e.next {
		if e != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, e.val)
	}
	sb.WriteByte(']')
	return sb.String()
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as *List[A], bs *List[B]) *List[Pair[A, B]] {
	var out []Pair[A, B]
	for a, b := as.head, bs.head; a != nil && b != nil; a, b = a.next, b.next {
		out = append(out, Pair[A, B]{a.val, b.val})
	}
	return FromSlice(out)
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	var out []U
	for e := l.head; e != nil; e = e.next {
		out = append(out, f(e.val))
	}
	return FromSlice(out)
}

func main() {
	nums := FromSlice([]int{1, 2, 3, 4})
	fmt.Println(nums, nums.n)
	nums.Reverse()
	fmt.Println(nums)
	words := FromSlice(strings.Fields("one two three"))
	zipped := Zip(nums, words)
	fmt.Println(zipped)
	fmt.Println(zipped.n)
	lengths := MapList(words, func(s string) int { return len(s) })
	fmt.Println(lengths)
	p := Pair[string, float64]{"pi", 3.14159}
	fmt.Println(p)
	fmt.Printf("%v %s\n", p, p)
	empty := FromSlice[bool](nil)
	fmt.Println(empty, empty.n)
}
