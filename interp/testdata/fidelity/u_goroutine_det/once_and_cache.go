package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Config struct {
	Values map[string]string
}

var (
	loadOnce  sync.Once
	config    *Config
	loadCount int
)

func getConfig() *Config {
	loadOnce.Do(func() {
		loadCount++
		config = &Config{Values: map[string]string{"env": "test", "region": "eu"}}
	})
	return config
}

type Cache struct {
	mu      sync.Mutex
	data    map[int]int
	pending map[int]*call
	misses  int
}

type call struct {
	wg  sync.WaitGroup
	val int
}

// Get computes each key once even when asked concurrently.
func (c *Cache) Get(k int, compute func(int) int) int {
	c.mu.Lock()
	if v, ok := c.data[k]; ok {
		c.mu.Unlock()
		return v
	}
	if p, ok := c.pending[k]; ok {
		c.mu.Unlock()
		p.wg.Wait()
		return p.val
	}
	p := &call{}
	p.wg.Add(1)
	c.pending[k] = p
	c.misses++
	c.mu.Unlock()

	p.val = compute(k)
	c.mu.Lock()
	c.data[k] = p.val
	delete(c.pending, k)
	c.mu.Unlock()
	p.wg.Done()
	return p.val
}

func main() {
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig().Values["env"]
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loadCount, getConfig().Values["region"])

	c := &Cache{data: map[int]int{}, pending: map[int]*call{}}
	var mu sync.Mutex
	computed := map[int]int{}
	slowSquare := func(n int) int {
		mu.Lock()
		computed[n]++
		mu.Unlock()
		return n * n
	}
	results := make([]int, 30)
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = c.Get(i%6, slowSquare)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("misses:", c.misses)
	keys := []int{}
	for k, n := range computed {
		if n != 1 {
			fmt.Println("computed twice:", k)
		}
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)

	onceVal := sync.OnceValue(func() string {
		fmt.Println("computing banner")
		return strings.Repeat("=", 10)
	})
	for range 3 {
		fmt.Println(onceVal())
	}
	onceVals := sync.OnceValues(func() (int, error) { return 7, nil })
	v, err := onceVals()
	fmt.Println(v, err)
	var o sync.Once
	for i := range 3 {
		o.Do(func() { fmt.Println("once body, i =", i) })
	}
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	sb := pool.Get().(*strings.Builder)
	sb.WriteString("pooled")
	fmt.Println(sb.String())
	sb.Reset()
	pool.Put(sb)
}
