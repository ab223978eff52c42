package main

import "fmt"

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type Cache[K comparable, V any] struct {
	cap        int
	m          map[K]*node[K, V]
	head, tail *node[K, V] // sentinels
	OnEvict    func(K, V)
}

func New[K comparable, V any](capacity int) *Cache[K, V] {
	c := &Cache[K, V]{cap: capacity, m: make(map[K]*node[K, V])}
	c.head, c.tail = &node[K, V]{}, &node[K, V]{}
	c.head.next, c.tail.prev = c.tail, c.head
	return c
}

func (c *Cache[K, V]) unlink(n *node[K, V]) { n.prev.next, n.next.prev = n.next, n.prev }

func (c *Cache[K, V]) pushFront(n *node[K, V]) {
	n.next, n.prev = c.head.next, c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	n, ok := c.m[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *Cache[K, V]) Set(k K, v V) {
	if n, ok := c.m[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	n := &node[K, V]{key: k, val: v}
	c.m[k] = n
	c.pushFront(n)
	if len(c.m) > c.cap {
		old := c.tail.prev
		c.unlink(old)
		delete(c.m, old.key)
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.val)
		}
	}
}

func (c *Cache[K, V]) Order() []K {
	var ks []K
	for n := c.head.next; n != c.tail; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

func main() {
	c := New[int, string](2)
	c.OnEvict = func(k int, v string) { fmt.Printf("evict %d=%s\n", k, v) }
	c.Set(1, "one")
	c.Set(2, "two")
	c.Get(1)
	c.Set(3, "three")
	fmt.Println(c.Order())

	v, ok := c.Get(2)
	fmt.Printf("%q %v\n", v, ok)

	s := New[string, []int](3)
	for _, w := range []string{"x", "y", "x", "z", "w"} {
		cur, _ := s.Get(w)
		s.Set(w, append(cur, len(cur)))
	}
	fmt.Println(s.Order(), s.m["x"].val, len(s.m))
}
