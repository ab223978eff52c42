package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name  string
	Limit int
}

var (
	loadOnce sync.Once
	cfg      *Config
	loads    atomic.Int32
)

func getConfig() *Config {
	loadOnce.Do(func() {
		loads.Add(1)
		cfg = &Config{Name: "prod", Limit: 3}
	})
	return cfg
}

type Stats struct {
	hits, misses atomic.Int64
	maxSeen      atomic.Int64
}

func (s *Stats) Observe(v int64) {
	for {
		cur := s.maxSeen.Load()
		if v <= cur || s.maxSeen.CompareAndSwap(cur, v) {
			return
		}
	}
}

type SafeCounter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

func main() {
	var wg sync.WaitGroup
	var st Stats
	sc := &SafeCounter{m: map[string]int{}}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := getConfig()
			if i%c.Limit == 0 {
				st.hits.Add(1)
				sc.Inc("hit")
			} else {
				st.misses.Add(1)
				sc.Inc("miss")
			}
			st.Observe(int64(i * 7 % 43))
		}(i)
	}
	wg.Wait()
	fmt.Println("loads:", loads.Load(), "config:", *getConfig())
	fmt.Println("hits", st.hits.Load(), "misses", st.misses.Load(), "max", st.maxSeen.Load())
	snap := sc.Snapshot()
	keys := make([]string, 0)
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
	var v atomic.Value
	v.Store(Config{"a", 1})
	c := v.Load().(Config)
	fmt.Printf("%+v %v\n", c, v.CompareAndSwap(Config{"a", 1}, Config{"b", 2}))
	fmt.Println(v.Load())
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"ptr", 9})
	old := p.Swap(&Config{"ptr2", 10})
	fmt.Println(old.Name, p.Load().Limit)
	counter := uint32(0)
	atomic.AddUint32(&counter, ^uint32(0))
	fmt.Println(counter)
}
