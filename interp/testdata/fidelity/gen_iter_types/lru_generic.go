// A generic LRU cache on container/list with eviction callbacks and
// hit/miss statistics.
package main

import (
	"container/list"
	"fmt"
)

type Cache[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	onEvict func(K, V)
	hits    int
	misses  int
}

type pair[K comparable, V any] struct {
	key K
	val V
}

func NewCache[K comparable, V any](capacity int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.hits++
		c.ll.MoveToFront(el)
		return el.Value.(*pair[K, V]).val, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *Cache[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*pair[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&pair[K, V]{k, v})
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

func (c *Cache[K, V]) Keys() []K {
	var ks []K
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*pair[K, V]).key)
	}
	return ks
}

func (c *Cache[K, V]) Stats() string {
	total := c.hits + c.misses
	if total == 0 {
		return "no lookups"
	}
	return fmt.Sprintf("%d/%d hits (%.0f%%)", c.hits, total, 100*float64(c.hits)/float64(total))
}

type Page struct {
	URL  string
	Size int
}

func main() {
	var evicted []string
	c := NewCache[string, Page](3, func(k string, p Page) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", k, p.Size))
	})
	fmt.Println(c.Stats())
	for i, u := range []string{"/a", "/b", "/c", "/a", "/d", "/b", "/e", "/a"} {
		if p, ok := c.Get(u); ok {
			fmt.Printf("hit  %-3s size=%d\n", u, p.Size)
			continue
		}
		fmt.Printf("miss %s\n", u)
		c.Put(u, Page{u, (i + 1) * 100})
	}
	fmt.Println(c.Keys(), evicted)
	fmt.Println(c.Stats())

	nums := NewCache[int, []int](2, nil)
	nums.Put(1, []int{1})
	nums.Put(2, []int{2, 2})
	v, _ := nums.Get(1)
	nums.Put(3, append(v, 9))
	_, has2 := nums.Get(2)
	fmt.Println(nums.Keys(), has2, nums.Stats())
}
