package main

import (
	"fmt"
	"sync"
)

func generate(nums ...int) <-chan int {
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

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
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

func sum(in <-chan int) int {
	total := 0
	for n := range in {
		total += n
	}
	return total
}

func main() {
	// a straight pipeline keeps order
	for v := range filterOdd(square(generate(1, 2, 3, 4, 5, 6, 7))) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// fan out to three squarers, fan in, then sum (order independent)
	src := generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	s1, s2, s3 := square(src), square(src), square(src)
	fmt.Println("sum of squares:", sum(merge(s1, s2, s3)))

	done := make(chan struct{})
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 0; ; i++ {
			select {
			case nums <- i:
			case <-done:
				return
			}
		}
	}()
	var got []int
	for n := range nums {
		got = append(got, n)
		if len(got) == 5 {
			close(done)
			break
		}
	}
	fmt.Println("first five:", got)

	// buffered channel as a bounded queue
	q := make(chan string, 3)
	q <- "a"
	q <- "b"
	fmt.Println(len(q), cap(q))
	close(q)
	for s := range q {
		fmt.Print(s)
	}
	v, ok := <-q
	fmt.Printf(" %q %v\n", v, ok)
}
