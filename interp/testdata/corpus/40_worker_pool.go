package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, worker: id, value: j * 2}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, k int) bool { return all[i].job < all[k].job })
	sum := 0
	for _, r := range all {
		fmt.Printf("job %d -> %d\n", r.job, r.value)
		sum += r.value
	}
	fmt.Println("count", len(all), "sum", sum)
}
