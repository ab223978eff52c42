package main

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
)

type Set[E comparable] struct {
	m map[E]struct{}
}

func NewSet[E comparable](vals ...E) *Set[E] {
	s := &Set[E]{m: make(map[E]struct{})}
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s *Set[E]) Add(v E)      { s.m[v] = struct{}{} }
func (s *Set[E]) Has(v E) bool { _, ok := s.m[v]; return ok }
func (s *Set[E]) Len() int     { return len(s.m) }
func (s *Set[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for v := range s.m {
			if !yield(v) {
				return
			}
		}
	}
}

func Union[E comparable](a, b *Set[E]) *Set[E] {
	r := NewSet[E]()
	for v := range a.All() {
		r.Add(v)
	}
	for v := range b.All() {
		r.Add(v)
	}
	return r
}

func Intersect[E comparable](a, b *Set[E]) *Set[E] {
	r := NewSet[E]()
	for v := range a.All() {
		if b.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func SortedOf[E interface {
	comparable
	~int | ~string
}](s *Set[E]) []E {
	return slices.Sorted(s.All())
}

// List is a generic doubly linked list.
type List[T any] struct {
	head, tail *elem[T]
	n          int
}

type elem[T any] struct {
	val        T
	prev, next *elem[T]
}

func (l *List[T]) PushBack(v T) {
	e := &elem[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.n++
}

func (l *List[T]) PushFront(v T) {
	e := &elem[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = e
	} else {
		l.head.prev = e
	}
	l.head = e
	l.n++
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.n - 1
		for e := l.tail; e != nil; e = e.prev {
			if !yield(i, e.val) {
				return
			}
			i--
		}
	}
}

func (l *List[T]) Slice() []T {
	out := make([]T, 0, l.n)
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

type Color string

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(SortedOf(Union(a, b)), SortedOf(Intersect(a, b)))
	fmt.Println(a.Has(3), b.Has(3), Union(a, b).Len())
	cs := NewSet[Color]("red", "green", "blue", "red")
	fmt.Printf("%v %d\n", SortedOf(cs), cs.Len())
	names := []string{}
	for c := range cs.All() {
		names = append(names, strings.ToUpper(string(c)))
	}
	sort.Strings(names)
	fmt.Println(names)

	var l List[string]
	for _, w := range []string{"b", "c", "d"} {
		l.PushBack(w)
	}
	l.PushFront("a")
	fmt.Println(l.Slice(), l.n)
	for i, v := range l.Backward() {
		fmt.Print(i, ":", v, " ")
		if i == 1 {
			break
		}
	}
	fmt.Println()
	var lp List[[2]int]
	lp.PushBack([2]int{1, 2})
	lp.PushBack([2]int{3, 4})
	fmt.Printf("%v %T\n", lp.Slice(), lp.head.val)
	fmt.Printf("%+v\n", *NewSet[bool]())
}
