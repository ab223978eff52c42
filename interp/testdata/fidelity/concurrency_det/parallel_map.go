package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

type Stat struct {
	N     int
	Steps int
}

func main() {
	nums := make([]int, 30)
	for i := range nums {
		nums[i] = i + 1
	}
	steps := ParallelMap(nums, 4, collatz)
	best := Stat{}
	for i, s := range steps {
		if s > best.Steps {
			best = Stat{nums[i], s}
		}
	}
	fmt.Println("steps:", steps)
	fmt.Printf("longest: %+v\n", best)

	words := strings.Fields("concurrency is not parallelism but it enables parallelism")
	lens := ParallelMap(words, 3, func(s string) string {
		return fmt.Sprintf("%s(%d)", s, len(s))
	})
	fmt.Println(strings.Join(lens, " "))

	cpus := runtime.NumCPU()
	fmt.Println("have cpus:", cpus > 0)

	// chunked sum with results sent over a channel
	data := make([]int, 1000)
	for i := range data {
		data[i] = i
	}
	type partial struct{ chunk, sum int }
	ch := make(chan partial)
	const chunks = 4
	size := len(data) / chunks
	for c := range chunks {
		go func() {
			s := 0
			for _, v := range data[c*size : (c+1)*size] {
				s += v
			}
			ch <- partial{c, s}
		}()
	}
	sums := make([]int, chunks)
	for range chunks {
		p := <-ch
		sums[p.chunk] = p.sum
	}
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println(sums, total)
}
