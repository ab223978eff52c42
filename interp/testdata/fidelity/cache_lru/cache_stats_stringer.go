package main

import (
	"fmt"
	"strings"
)

type Stats struct {
	Hits, Misses, Evictions uint64
}

func (s Stats) HitRate() float64 {
	if s.Hits+s.Misses == 0 {
		return 0
	}
	return float64(s.Hits) / float64(s.Hits+s.Misses)
}

func (s Stats) String() string {
	return fmt.Sprintf("hits=%d misses=%d evictions=%d rate=%.1f%%", s.Hits, s.Misses, s.Evictions, 100*s.HitRate())
}

type FIFOCache struct {
	cap   int
	order []string
	data  map[string]string
	Stats
}

func (c *FIFOCache) Get(k string) (string, bool) {
	v, ok := c.data[k]
	if ok {
		c.Hits++
	} else {
		c.Misses++
	}
	return v, ok
}

func (c *FIFOCache) Put(k, v string) {
	if _, ok := c.data[k]; !ok {
		if len(c.order) == c.cap {
			delete(c.data, c.order[0])
			c.order = c.order[1:]
			c.Evictions++
		}
		c.order = append(c.order, k)
	}
	c.data[k] = v
}

func main() {
	c := &FIFOCache{cap: 3, data: map[string]string{}}
	pattern := strings.Fields("a b a c d a b e a c")

	for _, k := range pattern {
		if _, ok := c.Get(k); !ok {
			c.Put(k, strings.ToUpper(k))
		}
	}

	fmt.Println(c.Stats)
	fmt.Println(c.order)
	fmt.Printf("%v|%s|%+v\n", c.Stats, c.Stats, c.Stats.Hits)
	var empty Stats
	fmt.Println(empty)
}
