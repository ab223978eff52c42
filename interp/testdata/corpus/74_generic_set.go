package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	return out
}

func Intersect[T comparable](a, b *Set[T]) *Set[T] {
	out := NewSet[T]()
	for k := range a.m {
		if b.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	in := Intersect(a, b).Items()
	sort.Ints(in)
	fmt.Println(in, a.Len(), a.Has(2), b.Has(2))

	words := NewSet("go", "rust", "go")
	items := words.Items()
	sort.Strings(items)
	fmt.Println(items)

	ks := Keys(map[string]bool{"b": true, "a": false})
	sort.Strings(ks)
	fmt.Println(ks)
}
