package main

import (
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Words  int
	Upper  string
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{
			JobID:  j.ID,
			Words:  len(strings.Fields(j.Text)),
			Upper:  strings.ToUpper(j.Text),
			Worker: id,
		}
	}
}

func main() {
	texts := []string{
		"the quick brown fox", "jumps over", "the lazy dog", "hello world",
		"go is fun", "channels and goroutines", "a", "", "worker pools keep order",
	}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	ordered := make([]Result, len(texts))
	workersUsed := map[int]bool{}
	for r := range results {
		ordered[r.JobID] = r
		workersUsed[r.Worker] = true
	}
	total := 0
	for _, r := range ordered {
		total += r.Words
		fmt.Printf("%d: %-26q words=%d\n", r.JobID, r.Upper, r.Words)
	}
	fmt.Println("total words:", total, "workers>0:", len(workersUsed) > 0)

	// Fan-out with an index per goroutine into a pre-sized slice.
	squares := make([]int, 10)
	var wg2 sync.WaitGroup
	for i := range squares {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			squares[i] = i * i
		}()
	}
	wg2.Wait()
	fmt.Println(squares)

	// Pipeline with ordered stages.
	gen := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for i := 1; i <= n; i++ {
				out <- i
			}
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * v
			}
		}()
		return out
	}
	sum := 0
	for v := range sq(sq(gen(5))) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
}
