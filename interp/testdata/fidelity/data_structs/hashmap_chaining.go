package main

import (
	"fmt"
	"hash/fnv"
	"strings"
)

type entry struct {
	key   string
	value int
	next  *entry
}

type HashMap struct {
	buckets []*entry
	size    int
	resizes int
}

func NewHashMap(n int) *HashMap { return &HashMap{buckets: make([]*entry, n)} }

func (m *HashMap) index(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (m *HashMap) Put(key string, value int) {
	if float64(m.size+1)/float64(len(m.buckets)) > 0.75 {
		m.grow()
	}
	i := m.index(key, len(m.buckets))
	for e := m.buckets[i]; e != nil; e = e.next {
		if e.key == key {
			e.value = value
			return
		}
	}
	m.buckets[i] = &entry{key, value, m.buckets[i]}
	m.size++
}

func (m *HashMap) Get(key string) (int, bool) {
	for e := m.buckets[m.index(key, len(m.buckets))]; e != nil; e = e.next {
		if e.key == key {
			return e.value, true
		}
	}
	return 0, false
}

func (m *HashMap) Delete(key string) bool {
	i := m.index(key, len(m.buckets))
	for p := &m.buckets[i]; *p != nil; p = &(*p).next {
		if (*p).key == key {
			*p = (*p).next
			m.size--
			return true
		}
	}
	return false
}

func (m *HashMap) grow() {
	nb := make([]*entry, len(m.buckets)*2)
	for _, e := range m.buckets {
		for e != nil {
			next := e.next
			i := m.index(e.key, len(nb))
			e.next = nb[i]
			nb[i] = e
			e = next
		}
	}
	m.buckets = nb
	m.resizes++
}

func (m *HashMap) Stats() string {
	longest, empty := 0, 0
	for _, e := range m.buckets {
		n := 0
		for ; e != nil; e = e.next {
			n++
		}
		if n == 0 {
			empty++
		}
		longest = max(longest, n)
	}
	return fmt.Sprintf("size=%d buckets=%d empty=%d longest=%d resizes=%d", m.size, len(m.buckets), empty, longest, m.resizes)
}

func main() {
	m := NewHashMap(4)
	words := strings.Fields("the quick brown fox jumps over the lazy dog and the cat sat on the mat with the fox")
	for _, w := range words {
		v, _ := m.Get(w)
		m.Put(w, v+1)
	}
	fmt.Println(m.Stats())
	for _, w := range []string{"the", "fox", "cat", "zebra"} {
		v, ok := m.Get(w)
		fmt.Printf("%-6s %d %v\n", w, v, ok)
	}
	fmt.Println(m.Delete("the"), m.Delete("the"), m.Delete("fox"))
	_, ok := m.Get("the")
	fmt.Println(ok, m.Stats())
}
