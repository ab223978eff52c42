package main

import (
	"fmt"
	"strings"
)

// OrderedMap keeps keys in insertion order.
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  []V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: make(map[K]int)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.vals[i] = v
		return
	}
	m.index[k] = len(m.keys)
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	i, ok := m.index[k]
	if !ok {
		var zero V
		return zero, false
	}
	return m.vals[i], true
}

func (m *OrderedMap[K, V]) Each(fn func(K, V)) {
	for i, k := range m.keys {
		fn(k, m.vals[i])
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	m.Each(func(k K, v V) {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v: %v", k, v)
	})
	b.WriteString("}")
	return b.String()
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Entries[K comparable, V any](m *OrderedMap[K, V]) []Pair[K, V] {
	var out []Pair[K, V]
	m.Each(func(k K, v V) { out = append(out, Pair[K, V]{k, v}) })
	return out
}

func main() {
	headers := NewOrderedMap[string, string]()
	headers.Set("Host", "example.com")
	headers.Set("Accept", "*/*")
	headers.Set("User-Agent", "gopher/1.0")
	headers.Set("Accept", "text/html")
	fmt.Println(headers)
	fmt.Println("len", headers.Len())
	if v, ok := headers.Get("Accept"); ok {
		fmt.Println("Accept =", v)
	}
	_, ok := headers.Get("Cookie")
	fmt.Println("has Cookie:", ok)

	counts := NewOrderedMap[rune, int]()
	for _, r := range "mississippi" {
		n, _ := counts.Get(r)
		counts.Set(r, n+1)
	}
	counts.Each(func(r rune, n int) { fmt.Printf("%c=%d ", r, n) })
	fmt.Println()
	for _, p := range Entries(counts) {
		fmt.Printf("%+v\n", p)
	}
}
