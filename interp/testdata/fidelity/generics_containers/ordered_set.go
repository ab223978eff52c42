package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	items []T
}

func NewSet[T cmp.Ordered](xs ...T) *Set[T] {
	s := &Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T) bool {
	i, found := slices.BinarySearch(s.items, x)
	if found {
		return false
	}
	s.items = slices.Insert(s.items, i, x)
	return true
}

func (s *Set[T]) Has(x T) bool {
	_, found := slices.BinarySearch(s.items, x)
	return found
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	return NewSet(append(slices.Clone(s.items), o.items...)...)
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for _, x := range s.items {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s *Set[T]) String() string {
	parts := make([]string, len(s.items))
	for i, x := range s.items {
		parts[i] = fmt.Sprint(x)
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	a := NewSet(5, 1, 3, 9, 3)
	b := NewSet(3, 4, 5, 6)
	fmt.Println(a, b)
	fmt.Println(a.Union(b), a.Intersect(b))

	fmt.Println(a.Add(7), a.Add(7), a.Has(9), a.Has(2))

	words := NewSet(strings.Fields("the quick brown fox jumps over the lazy dog")...)
	fmt.Println(words, len(words.items))

	fs := NewSet(2.5, -1.0, 2.5)
	fmt.Printf("%v %T\n", fs, fs.items)
}
