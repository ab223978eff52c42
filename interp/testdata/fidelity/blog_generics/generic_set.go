package main

import (
	"cmp"
	"fmt"
	"slices"
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
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Remove(v T)   { delete(s, v) }

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

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	a := NewSet("go", "rust", "zig", "c")
	b := NewSet("c", "go", "python")
	fmt.Println("a:", Sorted(a))
	fmt.Println("b:", Sorted(b))
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("intersection:", Sorted(a.Intersect(b)))
	fmt.Println("has zig:", a.Has("zig"), "has java:", a.Has("java"))
	a.Remove("zig")
	fmt.Println("after remove:", Sorted(a), a.Len())

	primes := NewSet(2, 3, 5, 7, 11, 13)
	odds := NewSet[int]()
	for i := 1; i < 15; i += 2 {
		odds.Add(i)
	}
	fmt.Println("odd primes:", Sorted(primes.Intersect(odds)))

	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	seen := NewSet[string]()
	var dups []string
	for _, w := range words {
		if seen.Has(w) && !slices.Contains(dups, w) {
			dups = append(dups, w)
		}
		seen.Add(w)
	}
	fmt.Println("unique words:", seen.Len(), "duplicates:", dups)
}
