package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprintf("done after %v", d)
	}()
	return c
}

func main() {
	select {
	case r := <-slow(10 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case r := <-slow(600 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	timeout := time.After(50 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-timeout:
		fmt.Println("gave up waiting")
	}
}
