package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Err    error
	Worker int
}

var ErrNegative = errors.New("negative input")

func process(j Job) (int, error) {
	if j.Input < 0 {
		return 0, fmt.Errorf("job %d: %w", j.ID, ErrNegative)
	}
	sum := 0
	for i := 1; i <= j.Input; i++ {
		sum += i * i
	}
	return sum, nil
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				out, err := process(j)
				results <- Result{j.ID, out, err, id}
			}
		}(w)
	}
	go func() {
		for i, in := range []int{3, 10, -1, 7, 0, 25, -5, 12} {
			jobs <- Job{i + 1, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	failed := 0
	for _, r := range all {
		if r.Err != nil {
			failed++
			fmt.Printf("job %d failed: %v (negative=%t)\n", r.JobID, r.Err, errors.Is(r.Err, ErrNegative))
			continue
		}
		fmt.Printf("job %d -> %d\n", r.JobID, r.Output)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("results:", len(all), "failed:", failed, "handled:", total, "workers used <= 3:", len(perWorker) <= 3)

	var mu sync.Mutex
	counts := map[string]int{}
	var wg2 sync.WaitGroup
	for _, word := range []string{"a", "b", "a", "c", "a", "b"} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			counts[word]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counts)
}
