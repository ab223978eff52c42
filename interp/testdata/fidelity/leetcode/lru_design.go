package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key, value int
}

type LRUCache struct {
	capacity int
	ll       *list.List
	items    map[int]*list.Element
}

func NewLRU(capacity int) LRUCache {
	return LRUCache{capacity: capacity, ll: list.New(), items: make(map[int]*list.Element)}
}

func (c *LRUCache) Get(key int) int {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value
	}
	return -1
}

func (c *LRUCache) Put(key, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	if c.ll.Len() == c.capacity {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
}

func (c *LRUCache) Keys() []int {
	var keys []int
	for e := c.ll.Front(); e != nil; e = e.Next() {
		keys = append(keys, e.Value.(*entry).key)
	}
	return keys
}

type MinStack struct {
	stack []int
	mins  []int
}

func (s *MinStack) Push(v int) {
	s.stack = append(s.stack, v)
	if len(s.mins) == 0 || v <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, v)
	}
}

func (s *MinStack) Pop() {
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if top == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
}

func (s *MinStack) Top() int    { return s.stack[len(s.stack)-1] }
func (s *MinStack) GetMin() int { return s.mins[len(s.mins)-1] }

func main() {
	cache := NewLRU(2)
	cache.Put(1, 1)
	cache.Put(2, 2)
	fmt.Println(cache.Get(1))
	cache.Put(3, 3)
	fmt.Println(cache.Get(2))
	cache.Put(4, 4)
	fmt.Println(cache.Get(1))
	fmt.Println(cache.Get(3))
	fmt.Println(cache.Get(4))
	fmt.Println("order:", cache.Keys())
	cache.Put(3, 30)
	fmt.Println("order:", cache.Keys(), cache.Get(3))

	ops := []string{"push", "push", "push", "getMin", "pop", "top", "getMin"}
	args := []int{-2, 0, -3, 0, 0, 0, 0}
	ms := &MinStack{}
	var out []any
	for i, op := range ops {
		switch op {
		case "push":
			ms.Push(args[i])
			out = append(out, nil)
		case "pop":
			ms.Pop()
			out = append(out, nil)
		case "top":
			out = append(out, ms.Top())
		case "getMin":
			out = append(out, ms.GetMin())
		}
	}
	fmt.Println(out)
	fmt.Printf("%v %d\n", out[3], len(out))
}
