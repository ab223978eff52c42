package main

import (
	"fmt"
	"sync"
)

type Collector struct {
	mu   sync.Mutex
	seen []int
}

func (c *Collector) Add(n int) {
	c.mu.Lock()
	c.seen = append(c.seen, n)
	c.mu.Unlock()
}

func main() {
	c := &Collector{}
	add := c.Add
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			add(n)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range c.seen {
		sum += v
	}
	fmt.Println(len(c.seen), sum)
}
