// A pipeline of stages connected by channels: generate, square, filter,
// then fan-out/fan-in with ordered reassembly.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

type indexed struct {
	i, v int
}

func merge(cs ...<-chan indexed) <-chan indexed {
	var wg sync.WaitGroup
	out := make(chan indexed)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan indexed) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func worker(in <-chan indexed, f func(int) int) <-chan indexed {
	out := make(chan indexed)
	go func() {
		defer close(out)
		for x := range in {
			out <- indexed{x.i, f(x.v)}
		}
	}()
	return out
}

func main() {
	var got []int
	for v := range filter(square(gen(1, 2, 3, 4, 5, 6, 7)), func(n int) bool { return n%2 == 1 }) {
		got = append(got, v)
	}
	fmt.Println(got)

	src := make(chan indexed)
	go func() {
		defer close(src)
		for i, v := range []int{5, 3, 8, 1, 9, 2} {
			src <- indexed{i, v}
		}
	}()
	collatz := func(n int) int {
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
	var res []indexed
	for r := range merge(worker(src, collatz), worker(src, collatz), worker(src, collatz)) {
		res = append(res, r)
	}
	sort.Slice(res, func(a, b int) bool { return res[a].i < res[b].i })
	fmt.Println(res)

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(ticks)
		for i := 0; ; i++ {
			select {
			case ticks <- i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for t := range ticks {
		sum += t
		if t == 10 {
			close(done)
			break
		}
	}
	fmt.Println("sum", sum)
}
