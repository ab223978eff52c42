package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type item[V any] struct {
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	ttl   time.Duration
	clock Clock
	data  map[K]item[V]
	stats struct{ hits, misses, expired int }
}

func New[K comparable, V any](ttl time.Duration, c Clock) *Cache[K, V] {
	return &Cache[K, V]{ttl: ttl, clock: c, data: make(map[K]item[V])}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = item[V]{v, c.clock.Now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.data[k]
	if !ok {
		c.stats.misses++
		var zero V
		return zero, false
	}
	if !c.clock.Now().Before(it.expires) {
		delete(c.data, k)
		c.stats.expired++
		var zero V
		return zero, false
	}
	c.stats.hits++
	return it.val, true
}

func (c *Cache[K, V]) GetOrLoad(k K, load func(K) (V, error)) (V, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	v, err := load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.Set(k, v)
	return v, nil
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]K, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	clk := &fakeClock{time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)}
	c := New[string, int](30*time.Second, clk)
	loads := 0
	loader := func(k string) (int, error) {
		loads++
		if k == "" {
			return 0, fmt.Errorf("empty key")
		}
		return len(k) * 10, nil
	}
	for _, k := range []string{"alpha", "beta", "alpha", "", "beta"} {
		v, err := c.GetOrLoad(k, loader)
		fmt.Printf("get %-7q -> %3d err=%v\n", k, v, err)
	}
	clk.Advance(20 * time.Second)
	c.Set("gamma", 7)
	clk.Advance(15 * time.Second)
	for _, k := range []string{"alpha", "gamma", "beta"} {
		v, ok := c.Get(k)
		fmt.Println(k, v, ok)
	}
	keys := c.Keys()
	sort.Strings(keys)
	fmt.Println("keys:", keys, "loads:", loads)
	fmt.Printf("stats: %+v\n", c.stats)
	fmt.Println("now:", clk.Now().Format(time.TimeOnly), "ttl:", c.ttl)
}
