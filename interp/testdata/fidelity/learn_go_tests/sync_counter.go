package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu    sync.Mutex
	value int
}

func NewCounter() *Counter {
	return &Counter{}
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.value++
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.value
}

type Stats struct {
	sync.RWMutex
	hits map[string]int
}

func (s *Stats) Hit(page string) {
	s.Lock()
	s.hits[page]++
	s.Unlock()
}

func (s *Stats) Get(page string) int {
	s.RLock()
	defer s.RUnlock()
	return s.hits[page]
}

func assertCounter(got *Counter, want int) {
	if got.Value() != want {
		fmt.Printf("FAIL: got %d, want %d\n", got.Value(), want)
		return
	}
	fmt.Printf("ok: counter is %d\n", want)
}

func main() {
	counter := NewCounter()
	counter.Inc()
	counter.Inc()
	counter.Inc()
	assertCounter(counter, 3)

	wantedCount := 1000
	counter = NewCounter()
	var wg sync.WaitGroup
	wg.Add(wantedCount)
	for i := 0; i < wantedCount; i++ {
		go func() {
			counter.Inc()
			wg.Done()
		}()
	}
	wg.Wait()
	assertCounter(counter, wantedCount)

	stats := &Stats{hits: map[string]int{}}
	pages := []string{"/", "/about", "/blog", "/"}
	var wg2 sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			for j := 0; j < 25; j++ {
				stats.Hit(pages[(id+j)%len(pages)])
			}
		}(w)
	}
	wg2.Wait()
	total := 0
	for _, p := range []string{"/", "/about", "/blog"} {
		fmt.Printf("%-7s %d\n", p, stats.Get(p))
		total += stats.Get(p)
	}
	fmt.Println("total hits:", total)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("initialised once, at i =", i) })
	}
	results := make([]int, 5)
	var wg3 sync.WaitGroup
	for i := range results {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			results[i] = i * i
		}()
	}
	wg3.Wait()
	fmt.Println(results)
}
