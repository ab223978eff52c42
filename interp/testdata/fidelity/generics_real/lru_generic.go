package main

import (
	"container/list"
	"fmt"
)

type entry[K comparable, V any] struct {
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
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if el, found := c.items[k]; found {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).val, true
	}
	c.misses++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, found := c.items[k]; found {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, e.key)
		if c.onEvict != nil {
			c.onEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	ks := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).key)
	}
	return ks
}

func (c *LRU[K, V]) Stats() string {
	total := c.hits + c.misses
	rate := 0.0
	if total > 0 {
		rate = float64(c.hits) / float64(total) * 100
	}
	return fmt.Sprintf("hits=%d misses=%d rate=%.1f%%", c.hits, c.misses, rate)
}

func fibMemo(cache *LRU[int, uint64]) func(int) uint64 {
	var fib func(int) uint64
	fib = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := cache.Get(n); ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache.Put(n, v)
		return v
	}
	return fib
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s:%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c.Keys(), "evicted:", evicted)
	c.Put("c", 30)
	c.Put("e", 5)
	v, ok := c.Get("b")
	fmt.Println("b:", v, ok)
	v, ok = c.Get("c")
	fmt.Println("c:", v, ok)
	fmt.Println(c.Keys(), "evicted:", evicted)
	fmt.Println(c.Stats())

	cache := NewLRU[int, uint64](100, nil)
	fib := fibMemo(cache)
	for _, n := range []int{10, 20, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib(n))
	}
	fmt.Println(cache.Stats(), "entries:", len(cache.items))
}
