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
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ek := last.Value.(*entry).key
		delete(c.items, ek)
		return ek
	}
	return ""
}

func (c *LRU) Keys() string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return strings.Join(ks, ",")
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i+1)
	}
	fmt.Println(c.Keys())

	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())

	fmt.Printf("evicted %q\n", c.Put("d", 4))
	fmt.Printf("evicted %q\n", c.Put("a", 10))
	_, ok = c.Get("b")
	fmt.Println("b present:", ok, c.Keys())

	v, _ = c.Get("a")
	fmt.Println(v, len(c.items), c.ll.Len())
}
