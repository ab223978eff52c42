package main

import (
	"fmt"
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

func sq(in <-chan int) <-chan int {
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
	out := make(chan int)
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

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 4)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			out <- n
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// Ordered pipeline: a single chain keeps order.
	for v := range filter(sq(gen(1, 2, 3, 4, 5, 6)), func(n int) bool { return n%2 == 0 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Fan-out to three squarers, fan-in; sum is order independent.
	src := gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	c1, c2, c3 := sq(src), sq(src), sq(src)
	sum, count := 0, 0
	seen := make([]bool, 101)
	for v := range merge(c1, c2, c3) {
		sum += v
		count++
		seen[v] = true
	}
	fmt.Println("sum:", sum, "count:", count)
	for i := 1; i <= 10; i++ {
		if !seen[i*i] {
			fmt.Println("missing", i*i)
		}
	}

	// Bounded parallel map preserving order by index.
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	lens := make([]int, len(words))
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			lens[i] = len(w)
		}()
	}
	wg.Wait()
	fmt.Println(lens)
}
