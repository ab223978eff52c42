package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Worker int
	Output string
	Vowels int
}

func countVowels(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func producer(words []string, jobs chan<- Job) {
	defer close(jobs)
	for i, w := range words {
		jobs <- Job{ID: i + 1, Input: w}
	}
}

func consumer(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		rev := []rune(j.Input)
		for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
			rev[a], rev[b] = rev[b], rev[a]
		}
		results <- Result{j.ID, id, string(rev), countVowels(j.Input)}
	}
}

func main() {
	words := []string{"channel", "goroutine", "select", "mutex", "waitgroup", "context",
		"buffer", "deadlock", "semaphore", "atomic", "pipeline", "fan-in"}
	jobs := make(chan Job, 4)
	results := make(chan Result, 4)

	fmt.Printf("jobs cap=%d len=%d\n", cap(jobs), len(jobs))
	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go consumer(w, jobs, results, &wg)
	}
	go producer(words, jobs)
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	perWorker := make(map[int]int)
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("job %2d: %-10s vowels=%d\n", r.JobID, r.Output, r.Vowels)
		total += r.Vowels
	}
	n := 0
	for _, c := range perWorker {
		n += c
	}
	fmt.Println("processed:", n, "total vowels:", total)
	_, ok := <-results
	fmt.Println("results channel open after drain:", ok)
}
