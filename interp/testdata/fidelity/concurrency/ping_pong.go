package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan struct{}) {
	for b := range table {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 6 {
			close(done)
			return
		}
		table <- b
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan struct{})
	go player("ping", table, done)
	go player("pong", table, done)
	table <- new(Ball)
	<-done
}
