package main

import (
	"container/list"
	"errors"
	"fmt"
	"strings"
)

type Cache interface {
	Get(key string) (string, bool)
	Put(key, value string)
	Len() int
}

type Stats struct {
	Hits, Misses, Evictions int
}

func (s Stats) String() string {
	total := s.Hits + s.Misses
	rate := 0.0
	if total > 0 {
		rate = float64(s.Hits) / float64(total) * 100
	}
	return fmt.Sprintf("hits=%d misses=%d evictions=%d hit-rate=%.1f%%", s.Hits, s.Misses, s.Evictions, rate)
}

type entry struct {
	key, value string
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	Stats
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(key string) (string, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.Hits++
		return el.Value.(*entry).value, true
	}
	c.Misses++
	return "", false
}

func (c *LRU) Put(key, value string) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		c.Evictions++
	}
}

func (c *LRU) Len() int { return c.ll.Len() }

func (c *LRU) Keys() []string {
	var ks []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).key)
	}
	return ks
}

type Loader func(key string) (string, error)

var ErrNotFound = errors.New("not found")

type ReadThrough struct {
	Cache
	load  Loader
	loads int
}

func (r *ReadThrough) Fetch(key string) (string, error) {
	if v, ok := r.Get(key); ok {
		return v, nil
	}
	v, err := r.load(key)
	if err != nil {
		return "", fmt.Errorf("fetch %q: %w", key, err)
	}
	r.loads++
	r.Put(key, v)
	return v, nil
}

func main() {
	lru := NewLRU(3)
	db := map[string]string{"a": "apple", "b": "banana", "c": "cherry", "d": "date", "e": "elder"}
	rt := &ReadThrough{Cache: lru, load: func(k string) (string, error) {
		if v, ok := db[k]; ok {
			return strings.ToUpper(v), nil
		}
		return "", ErrNotFound
	}}
	for _, k := range strings.Split("a b a c d a b e z a c", " ") {
		v, err := rt.Fetch(k)
		if err != nil {
			fmt.Printf("%s: error %v (notfound=%v)\n", k, err, errors.Is(err, ErrNotFound))
			continue
		}
		fmt.Printf("%s: %-7s keys=%v\n", k, v, lru.Keys())
	}
	fmt.Println(lru.Stats)
	fmt.Println("loads:", rt.loads, "len:", rt.Len())
	var c Cache = lru
	if l, ok := c.(*LRU); ok {
		fmt.Printf("%v / %s\n", l.Stats, l.Keys())
	}
	fmt.Printf("%+v\n", lru.Stats)
}
