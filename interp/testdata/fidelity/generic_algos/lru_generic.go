package main

import (
	"container/list"
	"fmt"
	"strings"
)

type pair[K comparable, V any] struct {
	key   K
	value V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	index   map[K]*list.Element
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), index: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.index[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*pair[K, V]).value, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.index[k]; ok {
		e.Value.(*pair[K, V]).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.index[k] = c.ll.PushFront(&pair[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		p := last.Value.(*pair[K, V])
		c.ll.Remove(last)
		delete(c.index, p.key)
		if c.OnEvict != nil {
			c.OnEvict(p.key, p.value)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for e := c.ll.Front(); e != nil; e = e.Next() {
		keys = append(keys, e.Value.(*pair[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*pair[K, V])
		if e != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v:%v", p.key, p.value)
	}
	sb.WriteString("]")
	return sb.String()
}

func Memoize[K comparable, V any](size int, f func(K) V) (func(K) V, *LRU[K, V]) {
	cache := NewLRU[K, V](size)
	return func(k K) V {
		if v, ok := cache.Get(k); ok {
			return v
		}
		v := f(k)
		cache.Put(k, v)
		return v
	}, cache
}

func main() {
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { fmt.Printf("evicted %s=%d\n", k, v) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c, c.Keys())
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	for _, k := range []string{"a", "b", "c", "z"} {
		v, ok := c.Get(k)
		fmt.Printf("get %s -> %d %v\n", k, v, ok)
	}
	fmt.Printf("hits=%d misses=%d\n", c.hits, c.misses)

	calls := 0
	slowSquare := func(n int) int {
		calls++
		return n * n
	}
	sq, cache := Memoize(2, slowSquare)
	for _, n := range []int{2, 3, 2, 4, 3, 2, 2} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("\ncalls:", calls, "cache:", cache)

	type point struct{ x, y int }
	pc := NewLRU[point, []string](2)
	pc.Put(point{1, 2}, []string{"tree"})
	pc.Put(point{0, 0}, []string{"origin", "home"})
	pc.Put(point{1, 2}, append([]string{"rock"}, "tree"))
	v, _ := pc.Get(point{1, 2})
	fmt.Println(v, len(pc.Keys()), pc)
}
