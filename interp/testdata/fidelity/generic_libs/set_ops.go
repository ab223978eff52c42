package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet(s.Items()...)
	for k := range o.m {
		r.Add(k)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s *Set[T]) Diff(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for _, v := range s.Items() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a =", a)
	fmt.Println("b =", b)
	fmt.Println("a ∪ b =", a.Union(b))
	fmt.Println("a ∩ b =", a.Intersect(b))
	fmt.Println("a - b =", a.Diff(b))
	fmt.Println("b - a =", b.Diff(a))

	langs := NewSet("go", "rust", "zig")
	langs.Add("go")
	langs.Add("c")
	langs.Remove("zig")
	fmt.Printf("%v has go: %v, has zig: %v, len %d\n", langs, langs.Has("go"), langs.Has("zig"), langs.Len())

	empty := NewSet[float64]()
	fmt.Println("empty:", empty, empty.Len())

	s1 := NewSet(strings.Split("the cat sat on the mat", " ")...)
	s2 := NewSet(strings.Split("the dog sat on the log", " ")...)
	common := s1.Intersect(s2)
	fmt.Printf("common words: %s (%d)\n", common, common.Len())
	fmt.Println(s1.Union(s2).Items())
	var st fmt.Stringer = common
	fmt.Println("as Stringer:", st)
}
