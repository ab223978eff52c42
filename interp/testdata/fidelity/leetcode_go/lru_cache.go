package main

import "fmt"

type node struct {
	key, val   int
	prev, next *node
}

type LRUCache struct {
	cap        int
	items      map[int]*node
	head, tail *node // sentinels
}

func Constructor(capacity int) LRUCache {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return LRUCache{cap: capacity, items: make(map[int]*node), head: h, tail: t}
}

func (c *LRUCache) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRUCache) pushFront(n *node) {
	n.next = c.head.next
	n.prev = c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRUCache) Get(key int) int {
	if n, ok := c.items[key]; ok {
		c.unlink(n)
		c.pushFront(n)
		return n.val
	}
	return -1
}

func (c *LRUCache) Put(key, value int) {
	if n, ok := c.items[key]; ok {
		n.val = value
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		lru := c.tail.prev
		c.unlink(lru)
		delete(c.items, lru.key)
		fmt.Printf("  evict %d\n", lru.key)
	}
	n := &node{key: key, val: value}
	c.items[key] = n
	c.pushFront(n)
}

func (c *LRUCache) String() string {
	s := "["
	for n := c.head.next; n != c.tail; n = n.next {
		if n != c.head.next {
			s += " "
		}
		s += fmt.Sprintf("%d:%d", n.key, n.val)
	}
	return s + "]"
}

func main() {
	cache := Constructor(2)
	ops := []string{"put", "put", "get", "put", "get", "put", "get", "get", "get"}
	args := [][]int{{1, 1}, {2, 2}, {1}, {3, 3}, {2}, {4, 4}, {1}, {3}, {4}}
	var out []any
	for i, op := range ops {
		switch op {
		case "put":
			cache.Put(args[i][0], args[i][1])
			out = append(out, nil)
		case "get":
			out = append(out, cache.Get(args[i][0]))
		}
		fmt.Printf("%s%v -> %v\n", op, args[i], &cache)
	}
	fmt.Println(out)
}
