package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

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
	for i, kk := range m.keys {
		if kk == k {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
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

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func SumValues[K comparable, V Number](m *OrderedMap[K, V]) V {
	var total V
	for _, v := range m.All() {
		total += v
	}
	return total
}

func MaxKey[K cmp.Ordered, V any](m *OrderedMap[K, V]) (K, bool) {
	var best K
	found := false
	for k := range m.All() {
		if !found || k > best {
			best, found = k, true
		}
	}
	return best, found
}

type Celsius float64

type Stringer interface{ String() string }

type Labeled interface {
	comparable
	Label() string
}

type Color int

func (c Color) Label() string { return [...]string{"red", "green", "blue"}[c] }

func Labels[K Labeled, V any](m *OrderedMap[K, V]) string {
	var parts []string
	for k, v := range m.All() {
		parts = append(parts, fmt.Sprintf("%s=%v", k.Label(), v))
	}
	return strings.Join(parts, " ")
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("zeta alpha mu alpha beta zeta zeta") {
		old, _ := m.Get(w)
		m.Set(w, old+i)
	}
	for k, v := range m.All() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println()
	fmt.Println("sum:", SumValues(m), "len:", m.Len())
	m.Delete("mu")
	m.Delete("nope")
	k, _ := MaxKey(m)
	fmt.Println("max key:", k, "len:", m.Len())
	for k := range m.All() {
		if k == "alpha" {
			break
		}
		fmt.Println("before alpha:", k)
	}

	temps := NewOrderedMap[string, Celsius]()
	temps.Set("mon", 21.5)
	temps.Set("tue", 19.25)
	temps.Set("wed", 23)
	fmt.Printf("%.2f\n", SumValues(temps))

	colors := NewOrderedMap[Color, int]()
	colors.Set(2, 10)
	colors.Set(0, 5)
	colors.Set(1, 7)
	fmt.Println(Labels(colors))
	mk, ok := MaxKey(colors)
	fmt.Println(mk, mk.Label(), ok)
}
