package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)   { delete(s, v) }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set[T]) Items() []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	return out
}

func Sorted[T comparable](s Set[T], less func(a, b T) bool) []T {
	items := s.Items()
	sort.Slice(items, func(i, j int) bool { return less(items[i], items[j]) })
	return items
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	a := NewSet("go", "rust", "zig", "c")
	b := NewSet("c", "go", "python", "java")
	strLess := func(x, y string) bool { return x < y }

	fmt.Println("a:", Sorted(a, strLess))
	fmt.Println("b:", Sorted(b, strLess))
	fmt.Println("union:", Sorted(a.Union(b), strLess))
	fmt.Println("intersect:", Sorted(a.Intersect(b), strLess))
	fmt.Println("a-b:", Sorted(a.Difference(b), strLess))
	fmt.Println("b-a:", strings.Join(Sorted(b.Difference(a), strLess), ","))

	a.Remove("zig")
	fmt.Printf("after remove: has zig=%v has go=%v len=%d\n", a.Has("zig"), a.Has("go"), a.Len())

	visited := NewSet[Point]()
	p := Point{0, 0}
	moves := "RRUULDDDLR"
	visited.Add(p)
	for _, m := range moves {
		switch m {
		case 'R':
			p.X++
		case 'L':
			p.X--
		case 'U':
			p.Y++
		case 'D':
			p.Y--
		}
		visited.Add(p)
	}
	pts := Sorted(visited, func(a, b Point) bool {
		if a.X != b.X {
			return a.X < b.X
		}
		return a.Y < b.Y
	})
	fmt.Println("visited", len(pts), "cells:", pts)
	fmt.Printf("%v\n", visited.Has(Point{1, 1}))

	nums := NewSet(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
	fmt.Printf("%d unique: %v\n", nums.Len(), Sorted(nums, func(a, b int) bool { return a < b }))
	fmt.Printf("%T\n", nums)
}
