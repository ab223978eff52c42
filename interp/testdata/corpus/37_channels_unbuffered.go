package main

import "fmt"

func main() {
	ping := make(chan string)
	pong := make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + " pong"
		}
		close(pong)
	}()
	for i := 0; i < 3; i++ {
		ping <- fmt.Sprintf("ping %d", i)
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)

	done := make(chan struct{})
	go func() {
		fmt.Println("worker running")
		close(done)
	}()
	<-done
	fmt.Println("worker done")

	result := make(chan int)
	go func() { result <- 6 * 7 }()
	fmt.Println(<-result)
}
