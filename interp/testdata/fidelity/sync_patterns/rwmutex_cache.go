package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	loader func(string) (string, error)
	loads  map[string]int
}

func NewCache(loader func(string) (string, error)) *Cache {
	return &Cache{data: map[string]string{}, loader: loader, loads: map[string]int{}}
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		return v, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v, nil
	}
	v, err := c.loader(key)
	if err != nil {
		return "", fmt.Errorf("cache load %q: %w", key, err)
	}
	c.loads[key]++
	c.data[key] = v
	return v, nil
}

func (c *Cache) Invalidate(prefix string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k := range c.data {
		if strings.HasPrefix(k, prefix) {
			delete(c.data, k)
			n++
		}
	}
	return n
}

func (c *Cache) Snapshot() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make([]string, 0, len(c.data))
	for k, v := range c.data {
		out = append(out, k+"="+v)
	}
	sort.Strings(out)
	return out
}

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	c.n[k]++
	c.Unlock()
}

func main() {
	c := NewCache(func(k string) (string, error) {
		if strings.HasPrefix(k, "bad") {
			return "", fmt.Errorf("no such key")
		}
		return strings.ToUpper(k), nil
	})
	var wg sync.WaitGroup
	keys := []string{"user:1", "user:2", "item:9", "user:1", "item:9", "user:1"}
	for round := 0; round < 5; round++ {
		for _, k := range keys {
			wg.Add(1)
			go func(k string) {
				defer wg.Done()
				if _, err := c.Get(k); err != nil {
					fmt.Println("unexpected", err)
				}
			}(k)
		}
	}
	wg.Wait()
	fmt.Println(c.Snapshot())
	lk := make([]string, 0)
	for k, n := range c.loads {
		lk = append(lk, fmt.Sprintf("%s:%d", k, n))
	}
	sort.Strings(lk)
	fmt.Println("loads:", lk)
	_, err := c.Get("bad-key")
	fmt.Println(err)
	fmt.Println("invalidated:", c.Invalidate("user:"), c.Snapshot())
	v, _ := c.Get("user:2")
	fmt.Println(v, c.loads["user:2"])

	ctr := Counter{n: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			ctr.Inc([]string{"a", "b", "c"}[i%3])
		}()
	}
	wg2.Wait()
	fmt.Println(ctr.n["a"], ctr.n["b"], ctr.n["c"])

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers hold the lock; TryLock:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("after release TryLock:", rw.TryLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("RLocker TryRLock:", rw.TryRLock())
	rw.RUnlock()
	rl.Unlock()
}
