package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))

	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)

	v, ok = <-ch
	fmt.Println(v, ok)

	v, ok = <-ch
	fmt.Println(v, ok)

	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("sent on nil")
	default:
		fmt.Println("nil channel blocks")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	ch <- 3
}
