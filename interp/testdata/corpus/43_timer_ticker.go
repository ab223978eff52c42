package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 3 {
			ticker.Stop()
			break
		}
	}

	timer := time.NewTimer(30 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")

	t2 := time.NewTimer(time.Hour)
	stopped := t2.Stop()
	fmt.Println("stopped before firing:", stopped)

	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	fmt.Println("AfterFunc:", <-done)

	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("slept at least 15ms:", time.Since(start) >= 15*time.Millisecond)
}
