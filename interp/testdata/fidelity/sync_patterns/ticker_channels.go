package main

import (
	"fmt"
	"strings"
)

type Tick struct {
	N    int
	Time int
}

func clock(ticks int, period int) <-chan Tick {
	ch := make(chan Tick)
	go func() {
		defer close(ch)
		for i := 1; i <= ticks; i++ {
			ch <- Tick{N: i, Time: i * period}
		}
	}()
	return ch
}

type Event struct {
	At   int
	Name string
}

func scheduler(ticks <-chan Tick, events []Event) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		pending := events
		for t := range ticks {
			var fired []string
			rest := pending[:0]
			for _, e := range pending {
				if e.At <= t.Time {
					fired = append(fired, e.Name)
				} else {
					rest = append(rest, e)
				}
			}
			pending = rest
			if len(fired) > 0 {
				out <- fmt.Sprintf("t=%3d tick %d fired %s", t.Time, t.N, strings.Join(fired, ","))
			} else if t.N%5 == 0 {
				out <- fmt.Sprintf("t=%3d tick %d idle (%d pending)", t.Time, t.N, len(pending))
			}
		}
		if len(pending) > 0 {
			out <- fmt.Sprintf("never fired: %d", len(pending))
		}
	}()
	return out
}

func debounce(in <-chan string, quiet int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		var last string
		streak := 0
		for v := range in {
			if v == last {
				streak++
				continue
			}
			if last != "" {
				out <- fmt.Sprintf("%s x%d", last, streak+1)
			}
			last, streak = v, 0
		}
		if last != "" {
			out <- fmt.Sprintf("%s x%d", last, streak+1)
		}
	}()
	return out
}

func main() {
	events := []Event{{25, "backup"}, {10, "heartbeat"}, {10, "metrics"}, {75, "report"}, {500, "never"}}
	for line := range scheduler(clock(12, 10), events) {
		fmt.Println(line)
	}

	keys := make(chan string)
	go func() {
		for _, k := range strings.Split("a a a b c c a d d d d", " ") {
			keys <- k
		}
		close(keys)
	}()
	for s := range debounce(keys, 2) {
		fmt.Println(s)
	}

	timeout := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		close(timeout)
	}()
	for running := true; running; {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-timeout:
			fmt.Println("timeout closed")
			running = false
		}
	}

	heartbeat := make(chan int, 3)
	for i := 0; i < 5; i++ {
		select {
		case heartbeat <- i:
			fmt.Println("beat", i, "queued")
		default:
			fmt.Println("beat", i, "dropped")
		}
	}
	close(heartbeat)
	for b := range heartbeat {
		fmt.Print(b, " ")
	}
	fmt.Println()
}
