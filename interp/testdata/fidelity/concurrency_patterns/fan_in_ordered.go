package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id    int
	input int
}

type result struct {
	id     int
	input  int
	output int
	worker int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{id: j.id, input: j.input, output: collatzSteps(j.input), worker: id}
	}
}

func main() {
	inputs := []int{27, 97, 871, 6171, 77031, 837799, 9, 1, 2, 3, 6, 7}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	const workers = 4
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, n := range inputs {
			jobs <- job{i, n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Printf("job %2d: collatz(%d) = %d steps\n", r.id, r.input, r.output)
	}
	done := 0
	for w := 1; w <= workers; w++ {
		done += perWorker[w]
	}
	fmt.Println("jobs done:", done, "of", len(inputs))

	best := all[0]
	for _, r := range all {
		if r.output > best.output {
			best = r
		}
	}
	fmt.Printf("longest: %d with %d steps\n", best.input, best.output)
}
