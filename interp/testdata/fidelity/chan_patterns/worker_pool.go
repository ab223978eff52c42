// A worker pool with results collected by index, errors gathered per
// job, and a WaitGroup closing the results channel.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output string
	Err    error
}

var ErrEmpty = errors.New("empty input")

func process(j Job) Result {
	if strings.TrimSpace(j.Input) == "" {
		return Result{JobID: j.ID, Err: fmt.Errorf("job %d: %w", j.ID, ErrEmpty)}
	}
	words := strings.Fields(j.Input)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return Result{JobID: j.ID, Output: strings.Join(words, " ")}
}

func main() {
	inputs := []string{"hello world", "", "go is fun", "worker pools", "   ", "channels and goroutines"}
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	const workers = 3
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- process(j)
			}
		}()
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{i, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	var errs []error
	for _, r := range all {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		fmt.Printf("%d: %s\n", r.JobID, r.Output)
	}
	joined := errors.Join(errs...)
	fmt.Println(len(errs), errors.Is(joined, ErrEmpty))
	fmt.Println(joined)

	var mu sync.Mutex
	counts := map[int]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			counts[n%5]++
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(counts)
}
