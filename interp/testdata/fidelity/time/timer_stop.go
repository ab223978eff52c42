package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())

	fired := make(chan string, 1)
	time.AfterFunc(10*time.Millisecond, func() { fired <- "after func ran" })
	fmt.Println(<-fired)

	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired; reset:", t2.Reset(time.Millisecond))

	<-t2.C
	fmt.Println("fired again")

	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("slept at least 15ms:", time.Since(start) >= 15*time.Millisecond)
}
