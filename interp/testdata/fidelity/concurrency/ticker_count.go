package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	done := make(chan bool)
	go func() {
		time.Sleep(60 * time.Millisecond)
		done <- true
	}()
	ticks := 0
	for {
		select {
		case <-done:
			fmt.Println("done; ticked at least 3 times:", ticks >= 3)
			return
		case <-ticker.C:
			ticks++
		}
	}
}
