package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[int]int
	misses int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) GetOrCompute(k int, f func(int) int) int {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	c.misses++
	v := f(k)
	c.data[k] = v
	return v
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = c.GetOrCompute(i%5, func(k int) int { return k * k * k })
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("misses:", c.misses)
}
