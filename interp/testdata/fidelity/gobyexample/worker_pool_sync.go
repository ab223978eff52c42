package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		results <- fmt.Sprintf("job %02d -> %d", j, j*2)
	}
	_ = id
}

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan string, numJobs)

	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	var lines []string
	for a := 1; a <= numJobs; a++ {
		lines = append(lines, <-results)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	var wg sync.WaitGroup
	squares := make([]int, 8)
	for i := range squares {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("squares:", squares)

	var ops atomic.Uint64
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			for c := 0; c < 100; c++ {
				ops.Add(1)
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("ops:", ops.Load())

	var legacy int64
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			atomic.AddInt64(&legacy, 5)
		}()
	}
	wg3.Wait()
	fmt.Println("legacy:", atomic.LoadInt64(&legacy))

	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg4 sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg4.Done()
	}
	wg4.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)
	wg4.Wait()
	fmt.Println("a:", c.counters["a"], "b:", c.counters["b"])
}
