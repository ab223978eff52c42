package main

import (
	"fmt"
	"strings"
)

type Msg struct {
	From string
	Body string
}

type Mailbox struct {
	ch      chan Msg
	dropped []string
}

func (m *Mailbox) TrySend(msg Msg) bool {
	select {
	case m.ch <- msg:
		return true
	default:
		m.dropped = append(m.dropped, msg.From)
		return false
	}
}

func (m *Mailbox) Drain() []Msg {
	var out []Msg
	for {
		select {
		case msg := <-m.ch:
			out = append(out, msg)
		default:
			return out
		}
	}
}

func priority(hi, lo <-chan string) []string {
	var order []string
	for hi != nil || lo != nil {
		select {
		case v, ok := <-hi:
			if !ok {
				hi = nil
				continue
			}
			order = append(order, v)
			continue
		default:
		}
		select {
		case v, ok := <-hi:
			if !ok {
				hi = nil
				continue
			}
			order = append(order, v)
		case v, ok := <-lo:
			if !ok {
				lo = nil
				continue
			}
			order = append(order, v)
		}
	}
	return order
}

func main() {
	mb := &Mailbox{ch: make(chan Msg, 2)}
	for _, who := range []string{"ann", "bob", "cy", "dee"} {
		fmt.Print(mb.TrySend(Msg{who, "hi from " + who}), " ")
	}
	fmt.Println("dropped:", mb.dropped)
	for _, m := range mb.Drain() {
		fmt.Printf("%s: %s\n", m.From, m.Body)
	}
	fmt.Println(len(mb.Drain()), cap(mb.ch))

	hi := make(chan string, 3)
	lo := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		hi <- fmt.Sprint("H", i)
		lo <- fmt.Sprint("L", i)
	}
	close(hi)
	close(lo)
	fmt.Println(strings.Join(priority(hi, lo), " "))

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks; default taken")
	}
	sem := make(chan struct{}, 2)
	acquired := 0
	for i := 0; i < 5; i++ {
		select {
		case sem <- struct{}{}:
			acquired++
		default:
		}
	}
	fmt.Println("acquired", acquired, len(sem))
	closed := make(chan int)
	close(closed)
	v, ok := <-closed
	fmt.Println(v, ok)
}
