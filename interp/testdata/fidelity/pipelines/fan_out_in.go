package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID   int
	Factors []int
}

func factorize(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result)

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- Result{j.ID, factorize(j.N)}
			}
		}()
	}

	inputs := []int{360, 97, 1001, 65536, 999983, 123456, 2 * 3 * 5 * 7 * 11 * 13}
	go func() {
		for i, n := range inputs {
			jobs <- Job{i, n}
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

	for _, r := range all {
		fmt.Printf("%7d = %v\n", inputs[r.JobID], r.Factors)
	}
}
