package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
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
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }

func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for k := range s.m {
			if !yield(k) {
				return
			}
		}
	}
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		r.Add(v)
	}
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s *Set[T]) Diff(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s *Set[T]) []T {
	return slices.Sorted(s.All())
}

func Format[T cmp.Ordered](s *Set[T]) string {
	parts := make([]string, 0, s.Len())
	for _, v := range Sorted(s) {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Point struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a:", Format(a), "b:", Format(b))
	fmt.Println("union:", Format(a.Union(b)))
	fmt.Println("intersect:", Format(a.Intersect(b)))
	fmt.Println("a-b:", Format(a.Diff(b)), "b-a:", Format(b.Diff(a)))

	words := NewSet(strings.Fields("the cat sat on the mat the end")...)
	fmt.Println(words.Len(), Format(words))
	words.Remove("the")
	fmt.Println(words.Has("the"), words.Has("cat"), Format(words))

	pts := NewSet(Point{1, 2}, Point{3, 4}, Point{1, 2})
	fmt.Println(pts.Len(), pts.Has(Point{3, 4}), pts.Has(Point{4, 3}))
	var xs []Point
	for p := range pts.All() {
		xs = append(xs, p)
	}
	slices.SortFunc(xs, func(p, q Point) int { return cmp.Compare(p.X, q.X) })
	fmt.Println(xs)
}
