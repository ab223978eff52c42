package main

import (
	"fmt"
	"strings"
	"sync"
)

type entry struct {
	value string
	hits  int
}

type Cache struct {
	mu       sync.RWMutex
	data     map[string]*entry
	loader   func(string) (string, error)
	loads    int
	loadsMu  sync.Mutex
	inflight map[string]*call
}

type call struct {
	wg  sync.WaitGroup
	val string
	err error
}

func NewCache(loader func(string) (string, error)) *Cache {
	return &Cache{data: map[string]*entry{}, loader: loader, inflight: map[string]*call{}}
}

func (c *Cache) Get(key string) (string, error) {
	c.mu.RLock()
	e, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		c.mu.Lock()
		e.hits++
		c.mu.Unlock()
		return e.value, nil
	}
	return c.load(key)
}

// load makes sure only one goroutine runs the loader for a key at a time.
func (c *Cache) load(key string) (string, error) {
	c.mu.Lock()
	if e, ok := c.data[key]; ok {
		e.hits++
		c.mu.Unlock()
		return e.value, nil
	}
	if cl, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		cl.wg.Wait()
		return cl.val, cl.err
	}
	cl := &call{}
	cl.wg.Add(1)
	c.inflight[key] = cl
	c.mu.Unlock()

	c.loadsMu.Lock()
	c.loads++
	c.loadsMu.Unlock()
	cl.val, cl.err = c.loader(key)
	cl.wg.Done()

	c.mu.Lock()
	delete(c.inflight, key)
	if cl.err == nil {
		c.data[key] = &entry{value: cl.val}
	}
	c.mu.Unlock()
	return cl.val, cl.err
}

func main() {
	c := NewCache(func(k string) (string, error) {
		if strings.HasPrefix(k, "bad") {
			return "", fmt.Errorf("no such key %q", k)
		}
		return strings.ToUpper(k) + "!", nil
	})
	keys := []string{"alpha", "beta", "alpha", "gamma", "beta", "alpha", "bad1"}
	var wg sync.WaitGroup
	results := make([]string, len(keys)*10)
	for round := 0; round < 10; round++ {
		for i, k := range keys {
			wg.Add(1)
			go func(slot int, k string) {
				defer wg.Done()
				v, err := c.Get(k)
				if err != nil {
					v = "ERR"
				}
				results[slot] = v
			}(round*len(keys)+i, k)
		}
	}
	wg.Wait()
	fmt.Println("first round:", results[:len(keys)])
	fmt.Println("cached keys:", len(c.data))
	fmt.Println("loads <= 3 + 10 bad:", c.loads <= 13, "at least 3:", c.loads >= 4)
	total := 0
	for _, k := range []string{"alpha", "beta", "gamma"} {
		e := c.data[k]
		total += e.hits
		fmt.Printf("%s -> %s\n", k, e.value)
	}
	fmt.Println("lookups accounted:", total+c.loads-10 <= 60)
	v, err := c.Get("bad2")
	fmt.Printf("%q %v\n", v, err)
}
