package main

import (
	"fmt"
	"strings"
	"time"
)

type Event struct {
	Kind string
	N    int
}

func tryPublish(ch chan<- Event, e Event) bool {
	select {
	case ch <- e:
		return true
	default:
		return false
	}
}

func drain(ch <-chan Event) []Event {
	var out []Event
	for {
		select {
		case e := <-ch:
			out = append(out, e)
		default:
			return out
		}
	}
}

func main() {
	ch := make(chan Event, 3)
	dropped := 0
	for i := 0; i < 5; i++ {
		if !tryPublish(ch, Event{"tick", i}) {
			dropped++
		}
	}
	fmt.Println("dropped:", dropped)
	for _, e := range drain(ch) {
		fmt.Printf("%s#%d ", e.Kind, e.N)
	}
	fmt.Println()
	fmt.Println("empty drain:", len(drain(ch)))

	// Priority: always take from high before low.
	high := make(chan string, 10)
	low := make(chan string, 10)
	for i := 0; i < 3; i++ {
		high <- fmt.Sprint("H", i)
		low <- fmt.Sprint("L", i)
	}
	close(high)
	close(low)
	var order []string
	for high != nil || low != nil {
		select {
		case v, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, v)
			continue
		default:
		}
		select {
		case v, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, v)
		case v, ok := <-low:
			if !ok {
				low = nil
				continue
			}
			order = append(order, v)
		}
	}
	fmt.Println(strings.Join(order, ","))

	// Timeout with select.
	res := make(chan int)
	go func() {
		time.Sleep(500 * time.Millisecond)
		res <- 1
	}()
	select {
	case v := <-res:
		fmt.Println("result", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-res)

	// nil channel in select is never ready.
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel skipped")
	}

	ticks := 0
	tk := time.NewTicker(2 * time.Millisecond)
	defer tk.Stop()
loop:
	for {
		select {
		case <-tk.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		}
	}
	fmt.Println("ticked:", ticks)
}
