package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key, val int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[int]*list.Element
}

func NewLRU(n int) *LRU { return &LRU{n, list.New(), map[int]*list.Element{}} }

func (c *LRU) Get(k int) int {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val
	}
	return -1
}

func (c *LRU) Put(k, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func main() {
	c := NewLRU(2)
	c.Put(1, 1)
	c.Put(2, 2)
	fmt.Println(c.Get(1))

	c.Put(3, 3)
	fmt.Println(c.Get(2))

	c.Put(4, 4)
	fmt.Println(c.Get(1), c.Get(3), c.Get(4))
}
