package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan string, 1)
	slow := make(chan string)
	fast <- "fast result"
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("slow timed out")
	}
	select {
	case v := <-slow:
		fmt.Println(v)
	default:
		fmt.Println("nothing ready")
	}
}
