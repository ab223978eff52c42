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

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for n := range c {
				out <- n
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	for n := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(n)
	}

	in := gen(1, 2, 3, 4, 5, 6, 7, 8)
	c1, c2, c3 := sq(in), sq(in), sq(in)
	sum, count := 0, 0
	for n := range merge(c1, c2, c3) {
		sum += n
		count++
	}
	fmt.Println("sum:", sum, "count:", count)
}
