package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)

	queue := make(chan string, 2)
	queue <- "a"
	queue <- "b"
	fmt.Println(<-queue, <-queue)

	var sendOnly chan<- int
	var recvOnly <-chan int
	fmt.Println(sendOnly == nil, recvOnly == nil)

	gen := func(n int) <-chan int {
		out := make(chan int, n)
		for i := 0; i < n; i++ {
			out <- i * i
		}
		close(out)
		return out
	}
	sum := 0
	for x := range gen(5) {
		sum += x
	}
	fmt.Println("sum", sum)
}
