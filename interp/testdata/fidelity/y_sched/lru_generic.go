package main

import (
	"fmt"
	"strings"
)

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	m          map[K]*node[K, V]
	head, tail *node[K, V]
	OnEvict    func(K, V)
}

func NewLRU[K comparable, V any](n int) *LRU[K, V] {
	l := &LRU[K, V]{cap: n, m: make(map[K]*node[K, V])}
	l.head = &node[K, V]{}
	l.tail = &node[K, V]{}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU[K, V]) unlink(n *node[K, V]) { n.prev.next, n.next.prev = n.next, n.prev }
func (l *LRU[K, V]) front(n *node[K, V]) {
	n.next, n.prev = l.head.next, l.head
	l.head.next.prev = n
	l.head.next = n
}

func (l *LRU[K, V]) Get(k K) (v V, ok bool) {
	n, ok := l.m[k]
	if !ok {
		return v, false
	}
	l.unlink(n)
	l.front(n)
	return n.val, true
}

func (l *LRU[K, V]) Put(k K, v V) {
	if n, ok := l.m[k]; ok {
		n.val = v
		l.unlink(n)
		l.front(n)
		return
	}
	n := &node[K, V]{key: k, val: v}
	l.m[k] = n
	l.front(n)
	if len(l.m) > l.cap {
		lru := l.tail.prev
		l.unlink(lru)
		delete(l.m, lru.key)
		if l.OnEvict != nil {
			l.OnEvict(lru.key, lru.val)
		}
	}
}

func (l *LRU[K, V]) String() string {
	var parts []string
	for n := l.head.next; n != l.tail; n = n.next {
		parts = append(parts, fmt.Sprintf("%v:%v", n.key, n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type point struct{ X, Y int }

func main() {
	var evicted []string
	c := NewLRU[int, string](3)
	c.OnEvict = func(k int, v string) { evicted = append(evicted, fmt.Sprint(k, "=", v)) }
	for i, w := range strings.Fields("one two three four") {
		c.Put(i+1, w)
	}
	fmt.Println(c, evicted)
	c.Get(2)
	c.Put(5, "five")
	c.Put(3, "THREE")
	fmt.Println(c, evicted)
	v, ok := c.Get(4)
	fmt.Printf("%q %v\n", v, ok)

	pc := NewLRU[point, float64](2)
	pc.Put(point{1, 2}, 1.5)
	pc.Put(point{3, 4}, 2.5)
	pc.Get(point{1, 2})
	pc.Put(point{5, 6}, 3.5)
	fmt.Println(pc)
	_, ok = pc.Get(point{3, 4})
	fmt.Println(ok, len(pc.m))
	fmt.Printf("%v %+v\n", pc.head.next.val, pc.head.next.key)
}
