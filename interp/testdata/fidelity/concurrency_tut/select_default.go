package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("mailbox full")
var ErrEmpty = errors.New("mailbox empty")

type Mailbox struct {
	ch chan string
}

func (m Mailbox) TrySend(s string) error {
	select {
	case m.ch <- s:
		return nil
	default:
		return fmt.Errorf("send %q: %w", s, ErrFull)
	}
}

func (m Mailbox) TryRecv() (string, error) {
	select {
	case s := <-m.ch:
		return s, nil
	default:
		return "", ErrEmpty
	}
}

func main() {
	mb := Mailbox{make(chan string, 3)}
	for _, msg := range []string{"hello", "how are you", "ping", "overflow", "again"} {
		if err := mb.TrySend(msg); err != nil {
			fmt.Println("drop:", err, errors.Is(err, ErrFull))
		} else {
			fmt.Println("queued:", msg, "len", len(mb.ch))
		}
	}
	for {
		s, err := mb.TryRecv()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println("got:", s)
	}

	// nil channels disable select cases
	var a chan int
	b := make(chan int, 1)
	b <- 7
	for i := 0; i < 2; i++ {
		select {
		case v := <-a:
			fmt.Println("from a", v)
		case v, ok := <-b:
			fmt.Println("from b", v, ok)
			b = nil
		default:
			fmt.Println("nothing ready")
		}
	}

	// closed channel is always ready
	done := make(chan struct{})
	close(done)
	hits := 0
	for i := 0; i < 5; i++ {
		select {
		case <-done:
			hits++
		default:
		}
	}
	fmt.Println("closed channel ready", hits, "times")

	// priority: drain high before low
	high := make(chan int, 5)
	low := make(chan int, 5)
	for i := 1; i <= 3; i++ {
		high <- i * 100
		low <- i
	}
	var order []int
	for len(high)+len(low) > 0 {
		select {
		case v := <-high:
			order = append(order, v)
			continue
		default:
		}
		select {
		case v := <-low:
			order = append(order, v)
		default:
		}
	}
	fmt.Println("priority order:", order)

	var counts [3]int
	chans := []chan bool{make(chan bool, 1), make(chan bool, 1), make(chan bool, 1)}
	chans[1] <- true
	for i := range chans {
		select {
		case <-chans[i]:
			counts[i]++
		default:
			counts[i]--
		}
	}
	fmt.Printf("%v %T\n", counts, chans[0])
}
