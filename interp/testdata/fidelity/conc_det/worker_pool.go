package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Upper  string
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{
			JobID:  j.ID,
			Worker: id,
			Words:  len(strings.Fields(j.Text)),
			Upper:  strings.ToUpper(j.Text),
		}
	}
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"go is fun",
		"channels and goroutines",
		"a",
		"",
		"worker pools bound concurrency nicely",
	}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	const numWorkers = 3
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{ID: i, Text: t}
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
	total := 0
	for _, r := range all {
		fmt.Printf("job %d: %d words %q\n", r.JobID, r.Words, r.Upper)
		total += r.Words
	}
	sum := 0
	for _, n := range perWorker {
		sum += n
	}
	fmt.Println("total words:", total, "jobs handled:", sum, "workers <=", numWorkers, len(perWorker) <= numWorkers)
}
