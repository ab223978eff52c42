// An insertion-ordered map with iterators, generic over key and value,
// with a Stringer and JSON-like printing.
package main

import (
	"fmt"
	"iter"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type OrderedMap[K comparable, V any] struct {
	index   map[K]int
	entries []entry[K, V]
}

func New[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: make(map[K]int)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.entries[i].val = v
		return
	}
	m.index[k] = len(m.entries)
	m.entries = append(m.entries, entry[K, V]{k, v})
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	i, ok := m.index[k]
	if !ok {
		var zero V
		return zero, false
	}
	return m.entries[i].val, true
}

func (m *OrderedMap[K, V]) Delete(k K) {
	i, ok := m.index[k]
	if !ok {
		return
	}
	m.entries = append(m.entries[:i], m.entries[i+1:]...)
	delete(m.index, k)
	for j := i; j < len(m.entries); j++ {
		m.index[m.entries[j].key] = j
	}
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, e := range m.entries {
			if !yield(e.key, e.val) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.entries) }

func (m *OrderedMap[K, V]) String() string {
	var parts []string
	for k, v := range m.All() {
		parts = append(parts, fmt.Sprintf("%v: %v", k, v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Point struct{ X, Y int }

func main() {
	m := New[string, int]()
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		if old, ok := m.Get(w); ok {
			m.Set(w, old+i)
		} else {
			m.Set(w, i)
		}
	}
	fmt.Println(m, m.Len())
	m.Delete("fox")
	m.Delete("missing")
	fmt.Println(m)

	for k := range m.Keys() {
		if len(k) > 4 {
			fmt.Print(k, " ")
		}
	}
	fmt.Println()

	pts := New[Point, []string]()
	pts.Set(Point{1, 2}, []string{"a"})
	pts.Set(Point{0, 0}, nil)
	v, _ := pts.Get(Point{1, 2})
	pts.Set(Point{1, 2}, append(v, "b"))
	fmt.Println(pts)
	fmt.Printf("%v %d\n", pts.String() != "", pts.Len())
	_, ok := pts.Get(Point{9, 9})
	fmt.Println(ok)
}
