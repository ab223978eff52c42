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
	evict func(key string, value int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element), evict: onEvict}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
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
		e := c.ll.Remove(last).(*entry)
		delete(c.items, e.key)
		if c.evict != nil {
			c.evict(e.key, e.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var keys []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("get a:", v)
	}
	c.Put("d", 4)
	fmt.Println(c, "evicted:", evicted)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	c.Put("f", 6)
	fmt.Println(c, c.Keys())
	fmt.Println("evicted:", evicted, len(c.items))

	hits, misses := 0, 0
	page := NewLRU(2, nil)
	for _, p := range strings.Split("1 2 1 3 1 2 4 2 1", " ") {
		if _, ok := page.Get(p); ok {
			hits++
		} else {
			misses++
			page.Put(p, len(p))
		}
	}
	fmt.Printf("hits=%d misses=%d final=%v\n", hits, misses, page.Keys())

	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
