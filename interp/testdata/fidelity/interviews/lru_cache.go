package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   int
	value int
}

type LRUCache struct {
	capacity int
	items    map[int]*list.Element
	order    *list.List
	hits     int
	misses   int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{
		capacity: capacity,
		items:    make(map[int]*list.Element),
		order:    list.New(),
	}
}

func (c *LRUCache) Get(key int) int {
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value
	}
	c.misses++
	return -1
}

func (c *LRUCache) Put(key, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() == c.capacity {
		last := c.order.Back()
		evicted := c.order.Remove(last).(*entry)
		delete(c.items, evicted.key)
		fmt.Printf("  evict %d\n", evicted.key)
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
}

func (c *LRUCache) String() string {
	var parts []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%d:%d", en.key, en.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
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
	fmt.Printf("hits=%d misses=%d\n", cache.hits, cache.misses)

	big := Constructor(3)
	for i := 0; i < 10; i++ {
		big.Put(i%5, i*i)
		if i%3 == 0 {
			big.Get((i + 1) % 5)
		}
	}
	fmt.Println(big.String())
}
