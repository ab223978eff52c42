package main

import (
	"fmt"
	"sort"
	"strings"
)

type Message struct {
	Source string
	Seq    int
	Body   string
}

func producer(name string, n int) <-chan Message {
	ch := make(chan Message)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- Message{name, i, strings.Repeat(name[:1], i)}
		}
	}()
	return ch
}

func fanIn(a, b, c <-chan Message) <-chan Message {
	out := make(chan Message)
	go func() {
		defer close(out)
		for a != nil || b != nil || c != nil {
			select {
			case m, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- m
			case m, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- m
			case m, ok := <-c:
				if !ok {
					c = nil
					continue
				}
				out <- m
			}
		}
	}()
	return out
}

func main() {
	merged := fanIn(producer("alpha", 3), producer("beta", 4), producer("gamma", 2))
	var msgs []Message
	lastSeq := map[string]int{}
	inOrder := true
	for m := range merged {
		if m.Seq != lastSeq[m.Source]+1 {
			inOrder = false
		}
		lastSeq[m.Source] = m.Seq
		msgs = append(msgs, m)
	}
	sort.Slice(msgs, func(i, j int) bool {
		if msgs[i].Source != msgs[j].Source {
			return msgs[i].Source < msgs[j].Source
		}
		return msgs[i].Seq < msgs[j].Seq
	})
	for _, m := range msgs {
		fmt.Printf("%-5s #%d %s\n", m.Source, m.Seq, m.Body)
	}
	fmt.Println("per-source order kept:", inOrder, "count:", len(msgs))

	// non-blocking operations with default
	ch := make(chan int, 1)
	for i := range 3 {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing")
	}

	quit := make(chan bool)
	results := make(chan int)
	go func() {
		x, y := 0, 1
		for {
			select {
			case results <- x:
				x, y = y, x+y
			case <-quit:
				close(results)
				return
			}
		}
	}()
	for range 10 {
		fmt.Print(<-results, " ")
	}
	quit <- true
	_, open := <-results
	fmt.Println("| open:", open)
}
