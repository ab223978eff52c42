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
	Top    string
	Err    error
}

func process(j Job) (int, string, error) {
	if strings.TrimSpace(j.Text) == "" {
		return 0, "", fmt.Errorf("job %d: empty text", j.ID)
	}
	counts := map[string]int{}
	words := strings.Fields(strings.ToLower(j.Text))
	for _, w := range words {
		counts[strings.Trim(w, ".,!?")]++
	}
	top, best := "", 0
	for w, c := range counts {
		if c > best || (c == best && w < top) {
			top, best = w, c
		}
	}
	return len(words), top, nil
}

func main() {
	texts := []string{
		"the cat sat on the mat",
		"Go is fun. Go is fast!",
		"   ",
		"to be or not to be",
		"a b c a b a",
		"",
		"one",
	}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	var mu sync.Mutex
	perWorker := map[int]int{}
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				n, top, err := process(j)
				mu.Lock()
				perWorker[id]++
				mu.Unlock()
				results <- Result{j.ID, id, n, top, err}
			}
		}(w)
	}
	for i, t := range texts {
		jobs <- Job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var rs []Result
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].JobID < rs[b].JobID })
	failed := 0
	for _, r := range rs {
		if r.Err != nil {
			failed++
			fmt.Printf("job %d failed: %v\n", r.JobID, r.Err)
			continue
		}
		fmt.Printf("job %d: %d words, top=%q\n", r.JobID, r.Words, r.Top)
	}
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("processed", total, "failed", failed, "workers<=3:", len(perWorker) <= 3)
}
