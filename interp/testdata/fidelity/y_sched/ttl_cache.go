package main

import (
	"container/list"
	"fmt"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct{ t time.Time }

func (c *FakeClock) Now() time.Time          { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type entry[K comparable, V any] struct {
	key     K
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	clock Clock
	ttl   time.Duration
	cap   int
	ll    *list.List
	items map[K]*list.Element
	Stats struct{ Hits, Misses, Evicted, Expired int }
}

func NewCache[K comparable, V any](c Clock, ttl time.Duration, capacity int) *Cache[K, V] {
	return &Cache[K, V]{clock: c, ttl: ttl, cap: capacity, ll: list.New(), items: map[K]*list.Element{}}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		en := e.Value.(*entry[K, V])
		en.val, en.expires = v, c.clock.Now().Add(c.ttl)
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v, c.clock.Now().Add(c.ttl)})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry[K, V]).key)
		c.Stats.Evicted++
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	var zero V
	e, ok := c.items[k]
	if !ok {
		c.Stats.Misses++
		return zero, false
	}
	en := e.Value.(*entry[K, V])
	if !c.clock.Now().Before(en.expires) {
		c.ll.Remove(e)
		delete(c.items, k)
		c.Stats.Expired++
		c.Stats.Misses++
		return zero, false
	}
	c.Stats.Hits++
	c.ll.MoveToFront(e)
	return en.val, true
}

func (c *Cache[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

func main() {
	clk := &FakeClock{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	c := NewCache[string, int](clk, 10*time.Second, 3)
	c.Put("a", 1)
	clk.Advance(4 * time.Second)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println("a:", v, ok, c.Keys())
	c.Put("d", 4)
	fmt.Println("after d:", c.Keys())
	clk.Advance(6 * time.Second)
	for _, k := range []string{"a", "b", "c", "d", "zz"} {
		v, ok := c.Get(k)
		fmt.Printf("%s=%d,%t ", k, v, ok)
	}
	fmt.Println()
	fmt.Printf("%+v at %s\n", c.Stats, clk.Now().Format(time.TimeOnly))
	c2 := NewCache[[2]int, []string](clk, time.Minute, 2)
	c2.Put([2]int{1, 2}, []string{"x"})
	got, _ := c2.Get([2]int{1, 2})
	got[0] = "mutated"
	again, _ := c2.Get([2]int{1, 2})
	fmt.Println(again, c2.Stats.Hits, fmt.Sprintf("%T", c2.Keys()))
}
