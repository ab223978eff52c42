package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, sq int }

func main() {
	jobs := make(chan job)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, j.n * j.n}
			}
		}(w)
	}

	for i := 1; i <= 4; i++ {
		jobs <- job{i, i + 10}
	}

	for i := 5; i <= 8; i++ {
		jobs <- job{i, i * 3}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	fmt.Println(all)
}
