package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	text string
}

type result struct {
	idx   int
	words int
	upper string
}

func producer(lines []string) <-chan job {
	out := make(chan job)
	go func() {
		defer close(out)
		for i, l := range lines {
			out <- job{i, l}
		}
	}()
	return out
}

func worker(in <-chan job, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range in {
		out <- result{j.idx, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
	}
}

func reorder(in <-chan result) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		pending := map[int]result{}
		next := 0
		for r := range in {
			pending[r.idx] = r
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				out <- p
				next++
			}
		}
	}()
	return out
}

func main() {
	lines := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"",
		"pack my box with five dozen liquor jugs",
		"sphinx of black quartz judge my vow",
		"go",
	}
	jobs := producer(lines)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for r := range reorder(results) {
		total += r.words
		fmt.Printf("%d %2d %q\n", r.idx, r.words, r.upper)
	}
	fmt.Println("total words:", total)

	// fan-in with a done channel
	done := make(chan struct{})
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 1; ; i++ {
			select {
			case nums <- i * i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for n := range nums {
		if n > 200 {
			close(done)
			break
		}
		sum += n
	}
	fmt.Println("sum of squares <= 200:", sum)
}
