package main

import (
	"fmt"
	"sort"
)

// Store is a generic keyed store; Cache embeds it and adds hit counting.
type Store[K comparable, V any] struct {
	data map[K]V
}

func (s *Store[K, V]) Put(k K, v V) {
	if s.data == nil {
		s.data = make(map[K]V)
	}
	s.data[k] = v
}

func (s *Store[K, V]) Lookup(k K) (V, bool) {
	v, ok := s.data[k]
	return v, ok
}

func (s *Store[K, V]) Size() int { return len(s.data) }

type Cache[K comparable, V any] struct {
	Store[K, V]
	hits, misses int
	load         func(K) V
}

func NewCache[K comparable, V any](load func(K) V) *Cache[K, V] {
	return &Cache[K, V]{load: load}
}

func (c *Cache[K, V]) Get(k K) V {
	if v, ok := c.Lookup(k); ok {
		c.hits++
		return v
	}
	c.misses++
	v := c.load(k)
	c.Put(k, v)
	return v
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits, c.misses, c.Size())
}

type Number interface{ ~int | ~int64 | ~float64 }

type Stats[T Number] struct {
	values []T
}

func (s *Stats[T]) Add(v T) *Stats[T] { s.values = append(s.values, v); return s }

func (s Stats[T]) Sum() T {
	var t T
	for _, v := range s.values {
		t += v
	}
	return t
}

func (s Stats[T]) Median() T {
	c := append([]T(nil), s.values...)
	sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
	return c[len(c)/2]
}

func main() {
	calls := 0
	fib := NewCache(func(n int) int {
		calls++
		a, b := 0, 1
		for i := 0; i < n; i++ {
			a, b = b, a+b
		}
		return a
	})
	for _, n := range []int{10, 20, 10, 30, 20, 10} {
		fmt.Printf("fib(%d)=%d ", n, fib.Get(n))
	}
	fmt.Println()
	fmt.Println(fib.Stats(), "calls", calls)

	upper := NewCache(func(s string) []byte { return []byte(s + "!") })
	fmt.Printf("%s %s %s\n", upper.Get("hi"), upper.Get("yo"), upper.Get("hi"))
	fmt.Println(upper.Stats())
	v, ok := upper.Lookup("zz")
	fmt.Println(v == nil, ok)

	var st Stats[float64]
	st.Add(3.5).Add(1.25).Add(9).Add(4)
	fmt.Println(st.Sum(), st.Median())
	ints := &Stats[int]{}
	ints.Add(7).Add(3).Add(5)
	fmt.Println(ints.Sum(), ints.Median())
}
