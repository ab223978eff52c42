package main

import (
	"fmt"
	"iter"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) { v, ok := m.vals[k]; return v, ok }

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

func (m *OrderedMap[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := len(m.keys) - 1; i >= 0; i-- {
			if !yield(m.keys[i], m.vals[m.keys[i]]) {
				return
			}
		}
	}
}

func MapValues[K comparable, V, W any](m *OrderedMap[K, V], f func(V) W) *OrderedMap[K, W] {
	out := NewOrderedMap[K, W]()
	for k, v := range m.All() {
		out.Set(k, f(v))
	}
	return out
}

func (m *OrderedMap[K, V]) String() string {
	var parts []string
	for k, v := range m.All() {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
	}
	return "OM(" + strings.Join(parts, ", ") + ")"
}

type Config struct {
	Port  int
	Debug bool
}

func main() {
	m := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("zeta alpha mid alpha zeta omega") {
		v, _ := m.Get(w)
		m.Set(w, v+1)
	}
	fmt.Println(m)
	m.Delete("mid")
	m.Delete("missing")
	for k, v := range m.Backward() {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	lens := MapValues(m, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(lens)
	for k, v := range lens.All() {
		if k == "omega" {
			break
		}
		fmt.Printf("%s->%q\n", k, v)
	}
	cfgs := NewOrderedMap[string, Config]()
	cfgs.Set("prod", Config{443, false})
	cfgs.Set("dev", Config{8080, true})
	c, _ := cfgs.Get("dev")
	c.Port = 9
	c2, _ := cfgs.Get("dev")
	fmt.Println(cfgs, c2.Port)
	fmt.Printf("%v %d\n", cfgs.keys, len(cfgs.vals))
}
