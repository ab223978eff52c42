package main

import (
	"fmt"
	"sort"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (f *fakeClock) Now() time.Time          { return f.t }
func (f *fakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type item struct {
	val     string
	expires time.Time
}

type TTLCache struct {
	clock Clock
	ttl   time.Duration
	data  map[string]item
	hits  int
	miss  int
}

func (c *TTLCache) Set(k, v string) {
	c.data[k] = item{v, c.clock.Now().Add(c.ttl)}
}

func (c *TTLCache) Get(k string) (string, bool) {
	it, ok := c.data[k]
	if !ok || !c.clock.Now().Before(it.expires) {
		delete(c.data, k)
		c.miss++
		return "", false
	}
	c.hits++
	return it.val, true
}

func (c *TTLCache) Sweep() []string {
	var gone []string
	for k, it := range c.data {
		if !c.clock.Now().Before(it.expires) {
			gone = append(gone, k)
			delete(c.data, k)
		}
	}
	sort.Strings(gone)
	return gone
}

func main() {
	clk := &fakeClock{time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)}
	c := &TTLCache{clock: clk, ttl: 30 * time.Second, data: map[string]item{}}

	c.Set("session", "abc")
	clk.Advance(10 * time.Second)
	c.Set("token", "xyz")
	c.Set("user", "ann")

	v, ok := c.Get("session")
	fmt.Println(v, ok)
	clk.Advance(25 * time.Second)
	v, ok = c.Get("session")
	fmt.Printf("%q %v\n", v, ok)

	fmt.Println("swept:", c.Sweep(), "left:", len(c.data))
	clk.Advance(5 * time.Second)
	fmt.Println("swept:", c.Sweep(), "left:", len(c.data))

	fmt.Printf("hits=%d miss=%d now=%s\n", c.hits, c.miss, clk.Now().Format(time.Kitchen))
}
