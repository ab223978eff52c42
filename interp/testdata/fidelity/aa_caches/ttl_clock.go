package main

import (
	"fmt"
	"sort"
	"time"
)

type Clock interface {
	Now() time.Time
}

type fakeClock struct{ t time.Time }

func (f *fakeClock) Now() time.Time          { return f.t }
func (f *fakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type item[V any] struct {
	val     V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	clock Clock
	ttl   time.Duration
	data  map[K]item[V]
}

func NewTTL[K comparable, V any](c Clock, ttl time.Duration) *TTLCache[K, V] {
	return &TTLCache[K, V]{clock: c, ttl: ttl, data: make(map[K]item[V])}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	c.data[k] = item[V]{v, c.clock.Now().Add(c.ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	it, ok := c.data[k]
	if !ok || !c.clock.Now().Before(it.expires) {
		var zero V
		return zero, false
	}
	return it.val, true
}

func (c *TTLCache[K, V]) Sweep() (removed int) {
	now := c.clock.Now()
	for k, it := range c.data {
		if !now.Before(it.expires) {
			delete(c.data, k)
			removed++
		}
	}
	return
}

type session struct {
	User  string
	Roles []string
}

func main() {
	clk := &fakeClock{t: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	cache := NewTTL[string, session](clk, 90*time.Second)
	cache.Set("tok-a", session{"ann", []string{"admin"}})
	clk.Advance(30 * time.Second)
	cache.Set("tok-b", session{"bob", nil})
	clk.Advance(45 * time.Second)
	cache.Set("tok-c", session{"cy", []string{"dev", "ops"}})

	for _, step := range []time.Duration{0, 20 * time.Second, 40 * time.Second, 60 * time.Second} {
		clk.Advance(step)
		var live []string
		for _, k := range []string{"tok-a", "tok-b", "tok-c"} {
			if s, ok := cache.Get(k); ok {
				live = append(live, fmt.Sprintf("%s(%s,%d roles)", k, s.User, len(s.Roles)))
			}
		}
		fmt.Printf("%s live=%v\n", clk.Now().Format(time.TimeOnly), live)
	}
	fmt.Println("swept:", cache.Sweep(), "left:", len(cache.data))

	counts := NewTTL[int, int](clk, time.Minute)
	for i := range 5 {
		counts.Set(i, i*i)
		clk.Advance(20 * time.Second)
	}
	var keys []int
	for k := range counts.data {
		if _, ok := counts.Get(k); ok {
			keys = append(keys, k)
		}
	}
	sort.Ints(keys)
	fmt.Println("fresh keys:", keys, "at", clk.Now().Format("15:04:05"))
}
