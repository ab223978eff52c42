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
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	hits    int
	misses  int
	evicted []string
	OnEvict func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
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
		c.evicted = append(c.evicted, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func fibMemo(c *LRU, n int) int {
	key := fmt.Sprint(n)
	if v, ok := c.Get(key); ok {
		return v
	}
	var v int
	if n < 2 {
		v = n
	} else {
		v = fibMemo(c, n-1) + fibMemo(c, n-2)
	}
	c.Put(key, v)
	return v
}

func main() {
	c := NewLRU(3)
	c.OnEvict = func(k string, v int) { fmt.Printf("  evict %s=%d\n", k, v) }
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var v int
			fmt.Sscanf(f[2], "%d", &v)
			c.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %v %v\n", op, v, ok, c)
		}
	}
	fmt.Println("hits", c.hits, "misses", c.misses, "evicted", c.evicted)

	memo := NewLRU(5)
	fmt.Println("fib(40) =", fibMemo(memo, 40), "hits", memo.hits, "misses", memo.misses)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
