package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// OrderedMap keeps keys in insertion order.
type OrderedMap[K comparable, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) {
	if _, ok := m.vals[k]; !ok {
		return
	}
	delete(m.vals, k)
	m.keys = slices.DeleteFunc(m.keys, func(x K) bool { return x == k })
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

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for _, k := range m.keys {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func SortedByValue[K comparable, V cmp.Ordered](m *OrderedMap[K, V]) []K {
	ks := slices.Collect(m.Keys())
	slices.SortStableFunc(ks, func(a, b K) int {
		return cmp.Compare(m.vals[b], m.vals[a])
	})
	return ks
}

func main() {
	text := `the quick brown fox jumps over the lazy dog the fox barks`
	counts := NewOrderedMap[string, int]()
	for _, w := range strings.Fields(text) {
		n, _ := counts.Get(w)
		counts.Set(w, n+1)
	}
	fmt.Println("distinct words:", counts.Len())
	for k, v := range counts.All() {
		fmt.Printf("  %-6s %d\n", k, v)
	}
	counts.Delete("lazy")
	counts.Delete("missing")
	fmt.Println("keys after delete:", slices.Collect(counts.Keys()))

	top := SortedByValue(counts)
	fmt.Println("by frequency:", top[:4])

	for k, v := range counts.All() {
		if v > 1 {
			fmt.Println("first repeated:", k)
			break
		}
	}

	cfg := NewOrderedMap[string, []string]()
	cfg.Set("paths", []string{"/usr/bin", "/bin"})
	cfg.Set("env", nil)
	cfg.Set("paths", append([]string{"/opt/bin"}, "/usr/bin"))
	for k, v := range cfg.All() {
		fmt.Printf("%s=%q (nil=%t)\n", k, v, v == nil)
	}
	if v, ok := cfg.Get("nope"); !ok {
		fmt.Printf("missing -> %#v\n", v)
	}
}
