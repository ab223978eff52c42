package main

import (
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Remove(x T)   { delete(s, x) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := make(Set[T], len(s)+len(o))
	for x := range s {
		out.Add(x)
	}
	for x := range o {
		out.Add(x)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if o.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if !o.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func Sorted[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for x := range s {
		parts = append(parts, fmt.Sprint(x))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

type Coord struct{ X, Y int }

func neighbors(c Coord) Set[Coord] {
	return SetOf(Coord{c.X + 1, c.Y}, Coord{c.X - 1, c.Y}, Coord{c.X, c.Y + 1}, Coord{c.X, c.Y - 1})
}

func main() {
	a := SetOf(1, 2, 3, 4)
	b := SetOf(3, 4, 5)
	fmt.Println(a, b, a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	fmt.Println(Sorted(a.Union(b)), a.Len(), a.Has(2), b.Has(2))
	a.Remove(1)
	fmt.Println(a, len(a))

	words := SetOf(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(Sorted(words), words.Len())

	live := SetOf(Coord{0, 0}, Coord{1, 0}, Coord{2, 0})
	counts := map[Coord]int{}
	for c := range live {
		for n := range neighbors(c) {
			counts[n]++
		}
	}
	next := Set[Coord]{}
	for c, n := range counts {
		if n == 3 || (n == 2 && live.Has(c)) {
			next.Add(c)
		}
	}
	fmt.Println("blinker:", next)
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len(), empty)
	type Tag string
	tags := SetOf[Tag]("go", "rust", "go")
	fmt.Println(Sorted(tags), tags)
}
