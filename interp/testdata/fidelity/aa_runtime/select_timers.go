package main

import (
	"fmt"
	"time"
)

func ticker(name string, every time.Duration, n int, out chan<- string) {
	for i := 1; i <= n; i++ {
		time.Sleep(every)
		out <- fmt.Sprintf("%s#%d", name, i)
	}
	close(out)
}

func main() {
	fast := make(chan string)
	slow := make(chan string)
	go ticker("fast", 10*time.Millisecond, 3, fast)
	go ticker("slow", 250*time.Millisecond, 2, slow)
	var got []string
	for fast != nil || slow != nil {
		select {
		case v, ok := <-fast:
			if !ok {
				fast = nil
				got = append(got, "fast closed")
				continue
			}
			got = append(got, v)
		case v, ok := <-slow:
			if !ok {
				slow = nil
				got = append(got, "slow closed")
				continue
			}
			got = append(got, v)
		}
	}
	for _, g := range got {
		fmt.Println(g)
	}
	timeout := time.After(30 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-timeout:
		fmt.Println("timed out")
	}
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n, len(buf), cap(buf))
}
