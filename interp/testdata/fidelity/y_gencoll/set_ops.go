package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func SetOf[T cmp.Ordered](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)          { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool     { _, ok := s[x]; return ok }
func (s Set[T]) All() iter.Seq[T] { return slices.Values(slices.Sorted(maps.Keys(s))) }
func (s Set[T]) Len() int         { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.Copy(out, o)
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

func (s Set[T]) Minus(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.DeleteFunc(out, func(k T, _ struct{}) bool { return o.Has(k) })
	return out
}

func (s Set[T]) String() string {
	var b strings.Builder
	b.WriteString("{")
	first := true
	for x := range s.All() {
		if !first {
			b.WriteString(", ")
		}
		first = false
		fmt.Fprint(&b, x)
	}
	return b.String() + "}"
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func main() {
	a := SetOf(1, 2, 3, 4, 5)
	b := SetOf(4, 5, 6, 7)
	fmt.Println(a, b)
	fmt.Println("union:", a.Union(b), "inter:", a.Intersect(b), "a-b:", a.Minus(b), "b-a:", b.Minus(a))
	fmt.Println(a.Len(), a.Has(3), b.Has(3))
	evens := slices.Collect(Filter(a.Union(b).All(), func(n int) bool { return n%2 == 0 }))
	fmt.Println(evens)
	for x := range a.All() {
		if x > 3 {
			break
		}
		fmt.Print(x, ";")
	}
	fmt.Println()
	words := SetOf(strings.Fields("the quick brown fox jumps over the lazy dog the end")...)
	fmt.Println(words.Len(), words)
	long := Filter(words.All(), func(w string) bool { return len(w) > 4 })
	fmt.Printf("%q\n", slices.Collect(long))
	var empty Set[float64]
	fmt.Println(empty, empty.Has(1), empty.Len(), SetOf(2.5, -1.0))
}
