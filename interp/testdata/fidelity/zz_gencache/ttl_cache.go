package main

import (
	"fmt"
	"sort"
	"time"
)

type Clock func() time.Time

type item[V any] struct {
	v       V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	now     Clock
	ttl     time.Duration
	data    map[K]item[V]
	onEvict []func(K, V, string)
}

func NewTTL[K comparable, V any](now Clock, ttl time.Duration) *TTLCache[K, V] {
	return &TTLCache[K, V]{now: now, ttl: ttl, data: map[K]item[V]{}}
}

func (c *TTLCache[K, V]) Subscribe(f func(K, V, string)) { c.onEvict = append(c.onEvict, f) }

func (c *TTLCache[K, V]) emit(k K, v V, why string) {
	for _, f := range c.onEvict {
		f(k, v, why)
	}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	if old, ok := c.data[k]; ok {
		c.emit(k, old.v, "replaced")
	}
	c.data[k] = item[V]{v, c.now().Add(c.ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	it, ok := c.data[k]
	if !ok {
		var z V
		return z, false
	}
	if !c.now().Before(it.expires) {
		delete(c.data, k)
		c.emit(k, it.v, "expired")
		var z V
		return z, false
	}
	return it.v, true
}

func (c *TTLCache[K, V]) Sweep(less func(a, b K) bool) int {
	var dead []K
	for k, it := range c.data {
		if !c.now().Before(it.expires) {
			dead = append(dead, k)
		}
	}
	sort.Slice(dead, func(i, j int) bool { return less(dead[i], dead[j]) })
	for _, k := range dead {
		it := c.data[k]
		delete(c.data, k)
		c.emit(k, it.v, "swept")
	}
	return len(dead)
}

type Session struct {
	User  string
	Roles []string
}

func main() {
	t := time.Date(2024, 2, 29, 23, 59, 0, 0, time.UTC)
	now := func() time.Time { return t }
	c := NewTTL[string, Session](now, 90*time.Second)
	var log []string
	c.Subscribe(func(k string, s Session, why string) {
		log = append(log, fmt.Sprintf("%s %s(%s) %s", t.Format("15:04:05"), k, s.User, why))
	})
	evictions := map[string]int{}
	c.Subscribe(func(_ string, _ Session, why string) { evictions[why]++ })

	c.Set("s1", Session{"ann", []string{"admin"}})
	c.Set("s2", Session{"bob", nil})
	t = t.Add(time.Minute)
	c.Set("s3", Session{"cy", []string{"dev", "ops"}})
	c.Set("s2", Session{"bob", []string{"dev"}})
	s, ok := c.Get("s1")
	fmt.Println("s1:", s, ok)
	t = t.Add(31 * time.Second)
	s, ok = c.Get("s1")
	fmt.Printf("s1 later: %+v %v\n", s, ok)
	t = t.Add(time.Minute)
	fmt.Println("swept:", c.Sweep(func(a, b string) bool { return a < b }))
	fmt.Println("left:", len(c.data), t.Format(time.DateTime), t.YearDay())
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(evictions["replaced"], evictions["expired"], evictions["swept"])

	nums := NewTTL[int, float64](now, time.Second)
	nums.Set(1, 1.5)
	v, ok := nums.Get(1)
	fmt.Println(v, ok, nums.Sweep(func(a, b int) bool { return a < b }))
}
