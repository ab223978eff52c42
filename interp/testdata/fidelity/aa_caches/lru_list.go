package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
	evict func(key string, value int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element), evict: onEvict}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry)
		delete(c.items, e.key)
		if c.evict != nil {
			c.evict(e.key, e.value)
		}
	}
}

func (c *LRU) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		if el != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%s:%d", e.key, e.value)
	}
	sb.WriteByte(']')
	return sb.String()
}

func main() {
	var evicted []string
	cache := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put a 10", "put e 5", "get c", "get a", "get e"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var v int
			fmt.Sscanf(f[2], "%d", &v)
			cache.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, cache)
		case "get":
			v, ok := cache.Get(f[1])
			fmt.Printf("%-9s -> %d %t %v\n", op, v, ok, cache)
		}
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", cache.hits, cache.miss, float64(cache.hits)/float64(cache.hits+cache.miss))
}
