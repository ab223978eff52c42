package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	ID     int
	Weight time.Duration
}

type Result struct {
	JobID  int
	Square int
	Cost   time.Duration
}

func (r Result) String() string {
	return fmt.Sprintf("job#%02d=%d (%v)", r.JobID, r.Square, r.Cost)
}

type Collector struct {
	mu      sync.Mutex
	results []Result
}

func (c *Collector) Add(r Result) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.results = append(c.results, r)
}

func (c *Collector) Sorted() []Result {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := append([]Result(nil), c.results...)
	sort.Slice(out, func(i, j int) bool { return out[i].JobID < out[j].JobID })
	return out
}

func main() {
	jobs := []Job{{1, 3 * time.Millisecond}, {2, time.Millisecond}, {3, 1500 * time.Microsecond}, {4, 2 * time.Second}, {5, 90 * time.Minute}}
	var wg sync.WaitGroup
	var c Collector
	for _, j := range jobs {
		wg.Go(func() {
			c.Add(Result{JobID: j.ID, Square: j.ID * j.ID, Cost: j.Weight * 2})
		})
	}
	wg.Wait()
	res := c.Sorted()
	for _, r := range res {
		fmt.Println(r)
	}
	fmt.Printf("%v\n", res[:2])
	var total time.Duration
	for _, r := range res {
		total += r.Cost
	}
	fmt.Println("total", total, total.Round(time.Minute), total.Truncate(time.Hour).Hours())
	once := sync.OnceValue(func() int {
		fmt.Println("computing once")
		return len(res) * 10
	})
	fmt.Println(once(), once())
	counter := 0
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Go(func() {
			mu.Lock()
			counter++
			mu.Unlock()
		})
	}
	wg2.Wait()
	fmt.Println("counter", counter)
}
