package main

import (
	"fmt"
	"strings"
)

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- strings.ToUpper(msg)
}

func worker(done chan bool) {
	fmt.Println("working...")
	done <- true
}

func producer(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)

	buffered := make(chan string, 2)
	buffered <- "buffered"
	buffered <- "channel"
	fmt.Println(<-buffered)
	fmt.Println(<-buffered)

	done := make(chan bool, 1)
	go worker(done)
	<-done
	fmt.Println("done")

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	c1 := make(chan string)
	c2 := make(chan string)
	go func() { c1 <- "one" }()
	got := map[string]bool{}
	for i := 0; i < 2; i++ {
		select {
		case m := <-c1:
			got[m] = true
			go func() { c2 <- "two" }()
		case m := <-c2:
			got[m] = true
		}
	}
	fmt.Println("received one:", got["one"], "two:", got["two"])

	sig := make(chan string)
	select {
	case m := <-sig:
		fmt.Println("received", m)
	default:
		fmt.Println("no message received")
	}

	jobs := make(chan int, 5)
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	for {
		j, more := <-jobs
		if !more {
			fmt.Println("all jobs received")
			break
		}
		fmt.Println("received job", j)
	}
	v, ok := <-jobs
	fmt.Println("closed read:", v, ok)

	sum := 0
	for sq := range producer(5) {
		sum += sq
	}
	fmt.Println("sum of squares:", sum)
}
