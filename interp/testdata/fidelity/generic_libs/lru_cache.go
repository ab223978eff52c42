package main

import (
	"container/list"
	"fmt"
)

type pair[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	hits    int
	misses  int
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element), onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*pair[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*pair[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&pair[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		p := last.Value.(*pair[K, V])
		c.ll.Remove(last)
		delete(c.items, p.key)
		if c.onEvict != nil {
			c.onEvict(p.key, p.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var out []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.(*pair[K, V]).key)
	}
	return out
}

func (c *LRU[K, V]) Stats() string {
	total := c.hits + c.misses
	rate := 0.0
	if total > 0 {
		rate = float64(c.hits) / float64(total) * 100
	}
	return fmt.Sprintf("hits=%d misses=%d rate=%.1f%%", c.hits, c.misses, rate)
}

func slowSquare(n int) int {
	return n * n
}

func main() {
	cache := NewLRU[string, int](3, func(k string, v int) {
		fmt.Printf("  evicted %s=%d\n", k, v)
	})
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if v, ok := cache.Get(k); ok {
			fmt.Printf("get %s -> %d (hit)\n", k, v)
			continue
		}
		fmt.Printf("get %s -> miss, put %d\n", k, i)
		cache.Put(k, i)
	}
	fmt.Println("order:", cache.Keys())
	fmt.Println(cache.Stats())

	memo := NewLRU[int, int](4, nil)
	sum := 0
	for _, n := range []int{1, 2, 3, 1, 2, 5, 6, 1, 7, 3} {
		v, ok := memo.Get(n)
		if !ok {
			v = slowSquare(n)
			memo.Put(n, v)
		}
		sum += v
	}
	fmt.Println("sum:", sum, memo.Stats(), memo.Keys())
	memo.Put(7, -1)
	v, _ := memo.Get(7)
	fmt.Println("updated 7:", v, memo.Keys())
}
