package main

import (
	"fmt"
	"strings"
)

type entry struct {
	level, msg string
}

func main() {
	logs := make(chan entry)
	ack := make(chan bool)
	done := make(chan int)
	go func() {
		n := 0
		for e := range logs {
			n++
			fmt.Printf("[%s] %s\n", strings.ToUpper(e.level), e.msg)
			ack <- true
		}
		done <- n
	}()
	log := func(level, msg string) {
		logs <- entry{level, msg}
		<-ack
	}

	log("info", "service starting")
	fmt.Println("main: after first log")

	for i := 1; i <= 3; i++ {
		log("debug", fmt.Sprintf("step %d", i))
	}

	log("warn", "shutting down")
	close(logs)
	fmt.Println("logged", <-done, "entries")
}
