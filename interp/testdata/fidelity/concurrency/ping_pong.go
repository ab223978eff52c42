package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- struct{}) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 6 {
			close(done)
			return
		}
		out <- b
	}
}

func main() {
	toPing, toPong := make(chan *Ball), make(chan *Ball)
	done := make(chan struct{})
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- new(Ball)
	<-done
	fmt.Println("game over")
}
