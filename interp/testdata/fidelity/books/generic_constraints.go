package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stringer interface{ String() string }

type StringableInt interface {
	~int | ~int32
	String() string
}

type Score int

func (s Score) String() string { return fmt.Sprintf("%dpts", int(s)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Total[T StringableInt](xs []T) (T, string) {
	var t T
	for _, x := range xs {
		t += x
	}
	return t, t.String()
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for k := range s {
		if o.Has(k) {
			out[k] = struct{}{}
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

type Ordered interface {
	~int | ~float64 | ~string
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	ks := Keys(m)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		delete(c.data, c.order[0])
		c.order = c.order[1:]
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) { v, ok := c.data[k]; return v, ok }

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }
func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}

func main() {
	scores := []Score{10, 25, 7}
	fmt.Println(JoinAll(scores, ", "))
	t, s := Total(scores)
	fmt.Println(t, s, int(t))
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	in := a.Intersect(b)
	fmt.Println(len(in), in.Has(3), in.Has(1), SortedKeys(in))
	m := map[string]float64{"pi": 3.14, "e": 2.72, "phi": 1.62}
	for _, k := range SortedKeys(m) {
		fmt.Printf("%s=%.2f ", k, m[k])
	}
	fmt.Println()
	c := NewCache[string, []int](2)
	c.Put("a", []int{1})
	c.Put("b", []int{2, 2})
	c.Put("a", []int{1, 1, 1})
	c.Put("c", nil)
	for _, k := range []string{"a", "b", "c"} {
		v, ok := c.Get(k)
		fmt.Println(k, v, ok, v == nil)
	}
	fmt.Println(Some(5).OrElse(0), None[string]().OrElse("default"), Some[Score](3).OrElse(1))
	fmt.Printf("%T %T\n", a, c)
}
