package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filter(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func fanIn(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func collect(c <-chan string) []string {
	var out []string
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	src := gen(strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa")...)
	long := filter(src, func(s string) bool { return len(s) > 4 })
	upper := mapStage(long, strings.ToUpper)
	fmt.Println(collect(upper))

	a := mapStage(gen("x", "y", "z"), func(s string) string { return s + "1" })
	b := mapStage(gen("p", "q"), func(s string) string { return s + "2" })
	merged := collect(fanIn(a, b))
	sort.Strings(merged)
	fmt.Println(merged, len(merged))

	counts := make(map[int]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[i%4]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counts)

	done := make(chan struct{})
	results := make(chan int, 3)
	go func() {
		defer close(results)
		for i := 1; ; i++ {
			select {
			case <-done:
				return
			case results <- i * i:
				if i == 3 {
					close(done)
				}
			}
		}
	}()
	var squares []int
	for v := range results {
		squares = append(squares, v)
	}
	fmt.Println(squares[:3], len(squares) >= 3)
}
