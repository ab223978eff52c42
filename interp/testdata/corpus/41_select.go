package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan string)
	go func() {
		a <- "from a"
		b <- "from b"
		a <- "from a again"
	}()
	for i := 0; i < 3; i++ {
		select {
		case msg := <-a:
			fmt.Println(msg)
		case msg := <-b:
			fmt.Println(msg)
		}
	}

	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}

	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		quit <- true
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
