package main

import (
	"fmt"
	"sort"
)

type LFU struct {
	cap   int
	tick  int
	vals  map[int]int
	freq  map[int]int
	used  map[int]int // last use tick, to break ties (least recent first)
	evict []int
}

func NewLFU(c int) *LFU {
	return &LFU{cap: c, vals: map[int]int{}, freq: map[int]int{}, used: map[int]int{}}
}

func (c *LFU) touch(k int) {
	c.tick++
	c.freq[k]++
	c.used[k] = c.tick
}

func (c *LFU) Get(k int) int {
	v, ok := c.vals[k]
	if !ok {
		return -1
	}
	c.touch(k)
	return v
}

func (c *LFU) Put(k, v int) {
	if _, ok := c.vals[k]; !ok && len(c.vals) == c.cap {
		victim, first := 0, true
		for key := range c.vals {
			if first || c.freq[key] < c.freq[victim] ||
				(c.freq[key] == c.freq[victim] && c.used[key] < c.used[victim]) {
				victim, first = key, false
			}
		}
		delete(c.vals, victim)
		delete(c.freq, victim)
		delete(c.used, victim)
		c.evict = append(c.evict, victim)
	}
	c.vals[k] = v
	c.touch(k)
}

func main() {
	c := NewLFU(2)
	c.Put(1, 1)
	c.Put(2, 2)
	fmt.Println(c.Get(1))

	c.Put(3, 3)
	fmt.Println(c.Get(2), c.Get(3))

	c.Put(4, 4)
	fmt.Println(c.Get(1), c.Get(3), c.Get(4))

	keys := make([]int, 0)
	for k := range c.vals {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("keys:", keys, "evicted:", c.evict, "freq:", c.freq)
}
