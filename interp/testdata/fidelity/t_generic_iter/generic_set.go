package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s Set[T]) Sorted() []T      { return slices.Sorted(s.All()) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s.All() {
		out.Add(v)
	}
	for v := range o.All() {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s.All() {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s.All() {
		if !o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for _, v := range s.Sorted() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Product[A, B cmp.Ordered](a Set[A], b Set[B]) []Pair[A, B] {
	var out []Pair[A, B]
	for _, x := range a.Sorted() {
		for _, y := range b.Sorted() {
			out = append(out, Pair[A, B]{x, y})
		}
	}
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a =", a, "b =", b)
	fmt.Println("a|b =", a.Union(b))
	fmt.Println("a&b =", a.Intersect(b))
	fmt.Println("a-b =", a.Diff(b), "b-a =", b.Diff(a))
	fmt.Printf("%v has 3: %t, has 9: %t\n", a, a.Has(3), a.Has(9))

	langs := NewSet(strings.Fields("go rust go zig c rust")...)
	fmt.Println(langs, langs.Len())
	fmt.Println(Product(NewSet("x", "y"), NewSet(1.5, 2.5)))
	p := Pair[string, Set[int]]{"evens", NewSet(2, 4, 6)}
	fmt.Println(p)
	fmt.Printf("%v | %s\n", p.Second, p)
	sets := []Set[int]{a, b, NewSet[int]()}
	fmt.Println(sets)
	total := 0
	for _, s := range sets {
		for v := range s.All() {
			total += v
		}
	}
	fmt.Println("total:", total)
}
