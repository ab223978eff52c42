package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID     int
	Number int
}

type Result struct {
	Job         Job
	SumOfDigits int
}

func digits(n int) int {
	sum := 0
	for n != 0 {
		sum += n % 10
		n /= 10
	}
	return sum
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range jobs {
		results <- Result{job, digits(job.Number)}
	}
	_ = id
}

func createWorkerPool(n int, jobs chan Job, results chan Result) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go worker(i, jobs, results, &wg)
	}
	wg.Wait()
	close(results)
}

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	go func() {
		for i := 0; i < 20; i++ {
			jobs <- Job{ID: i, Number: (i*7919 + 13) % 1000}
		}
		close(jobs)
	}()
	go createWorkerPool(3, jobs, results)

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })
	for _, r := range all {
		fmt.Printf("Job id %d, input random no %d , sum of digits %d\n", r.Job.ID, r.Job.Number, r.SumOfDigits)
	}

	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%3 == 0 {
				c.Inc("fizz")
			}
			c.Inc("total")
		}(i)
	}
	wg.Wait()
	fmt.Println("fizz:", c.Value("fizz"), "total:", c.Value("total"))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("initialised once") })
	}

	done := make(chan bool)
	data := make(chan int)
	go func() {
		sum := 0
		for v := range data {
			sum += v
		}
		fmt.Println("sum from goroutine:", sum)
		done <- true
	}()
	for i := 1; i <= 10; i++ {
		data <- i * i
	}
	close(data)
	<-done
}
