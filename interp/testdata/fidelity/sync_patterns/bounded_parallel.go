package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Result struct {
	Index int
	Input string
	Words int
	Err   error
}

func analyze(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("empty document")
	}
	return len(strings.Fields(s)), nil
}

func processAll(docs []string, limit int) []Result {
	sem := make(chan struct{}, limit)
	results := make(chan Result)
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func(i int, d string) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n, err := analyze(d)
			results <- Result{Index: i, Input: d, Words: n, Err: err}
		}(i, d)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out
}

func workerPool(jobs []int, workers int) map[int]int {
	jobCh := make(chan int)
	type pair struct{ in, out int }
	outCh := make(chan pair, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				steps := 0
				for n := j; n != 1; steps++ {
					if n%2 == 0 {
						n /= 2
					} else {
						n = 3*n + 1
					}
				}
				outCh <- pair{j, steps}
			}
		}()
	}
	for _, j := range jobs {
		jobCh <- j
	}
	close(jobCh)
	wg.Wait()
	close(outCh)
	res := map[int]int{}
	for p := range outCh {
		res[p.in] = p.out
	}
	return res
}

func main() {
	docs := []string{
		"the quick brown fox",
		"",
		"jumps over the lazy dog",
		"lorem ipsum dolor sit amet consectetur",
		"go",
	}
	for _, r := range processAll(docs, 2) {
		if r.Err != nil {
			fmt.Printf("#%d error: %v\n", r.Index, r.Err)
			continue
		}
		fmt.Printf("#%d %2d words %q\n", r.Index, r.Words, r.Input)
	}

	jobs := []int{27, 7, 97, 1, 871, 6, 12}
	res := workerPool(jobs, 3)
	keys := make([]int, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("collatz(%d)=%d\n", k, res[k])
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	squares := []int{}
	for i := range 10 {
		wg.Go(func() {
			mu.Lock()
			squares = append(squares, i*i)
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Ints(squares)
	fmt.Println(squares)

	maxActive, active := 0, 0
	var amu sync.Mutex
	sem := make(chan struct{}, 3)
	var wg2 sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			amu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			amu.Unlock()
			amu.Lock()
			active--
			amu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active within limit:", maxActive <= 3, maxActive >= 1)
}
