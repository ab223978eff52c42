package main

import (
	"container/list"
	"fmt"
)

// LFUCache evicts the least frequently used key; ties go to the least recently used.
type LFUCache struct {
	capacity int
	minFreq  int
	keys     map[int]*list.Element
	freqs    map[int]*list.List
}

type node struct {
	key, val, freq int
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, keys: map[int]*list.Element{}, freqs: map[int]*list.List{}}
}

func (c *LFUCache) touch(el *list.Element) {
	n := el.Value.(*node)
	old := c.freqs[n.freq]
	old.Remove(el)
	if old.Len() == 0 {
		delete(c.freqs, n.freq)
		if c.minFreq == n.freq {
			c.minFreq++
		}
	}
	n.freq++
	c.push(n)
}

func (c *LFUCache) push(n *node) {
	l, ok := c.freqs[n.freq]
	if !ok {
		l = list.New()
		c.freqs[n.freq] = l
	}
	c.keys[n.key] = l.PushFront(n)
}

func (c *LFUCache) Get(key int) int {
	el, ok := c.keys[key]
	if !ok {
		return -1
	}
	c.touch(el)
	return c.keys[key].Value.(*node).val
}

func (c *LFUCache) Put(key, value int) {
	if c.capacity == 0 {
		return
	}
	if el, ok := c.keys[key]; ok {
		el.Value.(*node).val = value
		c.touch(el)
		return
	}
	if len(c.keys) == c.capacity {
		l := c.freqs[c.minFreq]
		victim := l.Back()
		l.Remove(victim)
		if l.Len() == 0 {
			delete(c.freqs, c.minFreq)
		}
		delete(c.keys, victim.Value.(*node).key)
		fmt.Printf("  evict key %d (freq %d)\n", victim.Value.(*node).key, victim.Value.(*node).freq)
	}
	c.minFreq = 1
	c.push(&node{key: key, val: value, freq: 1})
}

func main() {
	cache := Constructor(2)
	type op struct {
		name string
		args []int
	}
	ops := []op{{"put", []int{1, 1}}, {"put", []int{2, 2}}, {"get", []int{1}}, {"put", []int{3, 3}},
		{"get", []int{2}}, {"get", []int{3}}, {"put", []int{4, 4}}, {"get", []int{1}}, {"get", []int{3}}, {"get", []int{4}}}
	var out []any
	for _, o := range ops {
		switch o.name {
		case "put":
			fmt.Printf("put(%d, %d)\n", o.args[0], o.args[1])
			cache.Put(o.args[0], o.args[1])
			out = append(out, nil)
		case "get":
			v := cache.Get(o.args[0])
			fmt.Printf("get(%d) = %d\n", o.args[0], v)
			out = append(out, v)
		}
	}
	fmt.Println(out)
	fmt.Println("min freq:", cache.minFreq, "buckets:", len(cache.freqs))
}
