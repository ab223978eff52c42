package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("hits")
			if i%2 == 0 {
				c.Inc("even")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("hits"), c.Value("even"))

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(total)
}
