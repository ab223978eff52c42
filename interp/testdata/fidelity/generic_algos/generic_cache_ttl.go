package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Clock interface{ Now() int }

type fakeClock struct{ t int }

func (c *fakeClock) Now() int      { return c.t }
func (c *fakeClock) Advance(d int) { c.t += d }

type item[V any] struct {
	val     V
	expires int
}

type TTLCache[K comparable, V any] struct {
	clock Clock
	ttl   int
	items map[K]item[V]
	stats struct{ hits, misses, expired int }
}

var ErrMissing = errors.New("missing")

func NewTTL[K comparable, V any](c Clock, ttl int) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: c, ttl: ttl, items: make(map[K]item[V])}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	c.items[k] = item[V]{v, c.clock.Now() + c.ttl}
}

func (c *TTLCache[K, V]) Get(k K) (V, error) {
	it, ok := c.items[k]
	var zero V
	switch {
	case !ok:
		c.stats.misses++
		return zero, fmt.Errorf("get %v: %w", k, ErrMissing)
	case c.clock.Now() >= it.expires:
		c.stats.expired++
		delete(c.items, k)
		return zero, fmt.Errorf("get %v: expired at %d", k, it.expires)
	}
	c.stats.hits++
	return it.val, nil
}

func (c *TTLCache[K, V]) GetOrLoad(k K, load func(K) (V, error)) (V, error) {
	if v, err := c.Get(k); err == nil {
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

func Keys[K comparable, V any](c *TTLCache[K, V], less func(a, b K) bool) []K {
	ks := make([]K, 0, len(c.items))
	for k := range c.items {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

func main() {
	clk := &fakeClock{}
	c := NewTTL[string, []int](clk, 10)
	c.Set("a", []int{1})
	c.Set("b", []int{2, 2})
	clk.Advance(5)
	v, err := c.Get("a")
	fmt.Println(v, err)
	clk.Advance(5)
	v, err = c.Get("b")
	fmt.Println(v, err)
	_, err = c.Get("zzz")
	fmt.Println(err, errors.Is(err, ErrMissing))
	loads := 0
	loader := func(k string) ([]int, error) {
		loads++
		if strings.HasPrefix(k, "x") {
			return nil, errors.New("forbidden key")
		}
		return []int{len(k), loads}, nil
	}
	for _, k := range []string{"abc", "abc", "xy", "de", "abc"} {
		v, err := c.GetOrLoad(k, loader)
		fmt.Printf("%s -> %v %v\n", k, v, err)
	}
	clk.Advance(20)
	v, err = c.GetOrLoad("abc", loader)
	fmt.Println(v, err, loads)
	fmt.Println(Keys(c, func(a, b string) bool { return a < b }))
	fmt.Printf("%+v\n", c.stats)

	ic := NewTTL[int, string](clk, 1)
	ic.Set(1, "one")
	s, err := ic.Get(1)
	fmt.Printf("%q %v\n", s, err)
	clk.Advance(1)
	s, err = ic.Get(1)
	fmt.Printf("%q %v %d\n", s, err, len(ic.items))
}
