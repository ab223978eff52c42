package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if o.Has(x) {
			r[x] = struct{}{}
		}
	}
	return r
}
func (s Set[T]) Minus(o Set[T]) Set[T] {
	r := Set[T]{}
	for x := range s {
		if !o.Has(x) {
			r[x] = struct{}{}
		}
	}
	return r
}

func Sorted[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}, &calls
}

type grid struct{ r, c int }

func main() {
	a := SetOf("go", "rust", "zig", "c")
	b := SetOf("c", "go", "java")
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), Sorted(a.Minus(b)))
	fmt.Println(len(SetOf(1, 1, 2, 3, 3)), SetOf(4).Has(4), Sorted(SetOf(5, 3, 9)))

	var paths func(grid) int
	memo, calls := Memo(func(g grid) int {
		if g.r == 0 || g.c == 0 {
			return 1
		}
		return paths(grid{g.r - 1, g.c}) + paths(grid{g.r, g.c - 1})
	})
	paths = memo
	fmt.Println(paths(grid{8, 8}), *calls)
	fmt.Println(paths(grid{16, 16}), *calls)

	upper, n := Memo(strings.ToUpper)
	for _, w := range strings.Fields("a b a c b a") {
		fmt.Print(upper(w))
	}
	fmt.Println(" calls:", *n)
	type ID int
	ids := SetOf[ID](3, 1, 2)
	fmt.Println(Sorted(ids), len(ids))
}
