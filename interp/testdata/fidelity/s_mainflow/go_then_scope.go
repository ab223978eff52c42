package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Add(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

func main() {
	c := &Counter{n: map[string]int{}}
	results := make(chan string, 3)
	word := "outer"
	go func() { results <- "alpha"; results <- "beta"; close(results) }()
	for word := range results {
		c.Add(word)
	}
	fmt.Println("word is still", word)

	var wg sync.WaitGroup
	add := c.Add
	for _, w := range []string{"x", "y", "x", "z", "x"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(w)
		}()
	}
	wg.Wait()
	if n := len(c.n); n > 0 {
		fmt.Println("keys", n)
	}
	keys := make([]string, 0, len(c.n))
	for k := range c.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.n[k], " ")
	}
	fmt.Println()
	done := make(chan int)
	go func() { done <- 42 }()
	switch v := <-done; {
	case v > 40:
		fmt.Println("big", v)
	default:
		fmt.Println("small", v)
	}
	fmt.Println(word)
}
