package main

import (
	"fmt"
	"iter"
	"strings"
)

type entry[K comparable, V any] struct {
	key  K
	val  V
	prev *entry[K, V]
	next *entry[K, V]
}

// OrderedMap keeps insertion order.
type OrderedMap[K comparable, V any] struct {
	index      map[K]*entry[K, V]
	head, tail *entry[K, V]
}

func New[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]*entry[K, V]{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if e, ok := m.index[k]; ok {
		e.val = v
		return
	}
	e := &entry[K, V]{key: k, val: v, prev: m.tail}
	if m.tail != nil {
		m.tail.next = e
	} else {
		m.head = e
	}
	m.tail = e
	m.index[k] = e
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	if e, ok := m.index[k]; ok {
		return e.val, true
	}
	var zero V
	return zero, false
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	e, ok := m.index[k]
	if !ok {
		return false
	}
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		m.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		m.tail = e.prev
	}
	delete(m.index, k)
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.index) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := m.head; e != nil; e = e.next {
			if !yield(e.key, e.val) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() []K {
	var ks []K
	for k := range m.All() {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	headers := New[string, string]()
	headers.Set("Host", "example.com")
	headers.Set("Accept", "*/*")
	headers.Set("User-Agent", "probe/1.0")
	headers.Set("Accept", "text/html")
	for k, v := range headers.All() {
		fmt.Printf("%s: %s\n", k, v)
	}
	fmt.Println("deleted Host:", headers.Delete("Host"), "again:", headers.Delete("Host"))
	fmt.Println(headers.Keys(), headers.Len())

	counts := New[rune, int]()
	for _, r := range "abracadabra" {
		c, _ := counts.Get(r)
		counts.Set(r, c+1)
	}
	var sb strings.Builder
	for r, c := range counts.All() {
		fmt.Fprintf(&sb, "%c=%d ", r, c)
	}
	fmt.Println(strings.TrimSpace(sb.String()))

	if v, ok := counts.Get('z'); !ok {
		fmt.Println("no z, zero value", v)
	}
	counts.Delete('a')
	counts.Delete('r')
	counts.Set('a', 99)
	for r, c := range counts.All() {
		if c > 50 {
			fmt.Println("big:", string(r), c)
			break
		}
		fmt.Println(string(r), c)
	}
}
