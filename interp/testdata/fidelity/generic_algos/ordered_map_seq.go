package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, found := slices.BinarySearch(m.keys, k)
	if !found {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	delete(m.vals, k)
	return true
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		start, _ := slices.BinarySearch(m.keys, lo)
		for _, k := range m.keys[start:] {
			if k >= hi {
				return
			}
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func Filter2[K, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func KeysOf[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

type Score struct {
	Name   string
	Points int
}

func main() {
	m := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("pear apple fig apple kiwi banana fig apple") {
		v, _ := m.vals[w]
		m.Set(w, v+1)
	}
	for k, v := range m.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	for k, v := range m.Range("b", "l") {
		fmt.Printf("[%s %d]", k, v)
	}
	fmt.Println()
	fmt.Println(m.Delete("fig"), m.Delete("grape"), m.keys)
	for k := range m.All() {
		if k > "c" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(KeysOf(Filter2(m.All(), func(k string, v int) bool { return v == 1 }))))

	scores := NewOrderedMap[int, []Score]()
	for i, n := range []string{"ann", "bob", "cid", "dee", "eve"} {
		pts := (i*37 + 11) % 50
		bucket := pts / 10 * 10
		cur, _ := scores.vals[bucket]
		scores.Set(bucket, append(cur, Score{n, pts}))
	}
	for b, ss := range scores.All() {
		fmt.Printf("%02d-%02d: %v\n", b, b+9, ss)
	}
	best := slices.MaxFunc(slices.Collect(func(yield func(Score) bool) {
		for _, ss := range scores.All() {
			for _, s := range ss {
				if !yield(s) {
					return
				}
			}
		}
	}), func(a, b Score) int { return cmp.Compare(a.Points, b.Points) })
	fmt.Println("best:", best)
	fmt.Println(cmp.Compare(2, 1), cmp.Less("a", "b"), cmp.Or(0, 0, 3, 4), cmp.Or("", "dflt"))
}
