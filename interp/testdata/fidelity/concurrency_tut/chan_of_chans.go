package main

import (
	"fmt"
	"strings"
	"time"
)

// request carries its own reply channel: a common way to talk to a goroutine that owns state.
type request struct {
	op    string
	key   string
	val   int
	reply chan response
}

type response struct {
	val int
	ok  bool
}

func store(reqs <-chan request, quit <-chan struct{}, done chan<- map[string]int) {
	data := map[string]int{}
	for {
		select {
		case r := <-reqs:
			switch r.op {
			case "set":
				data[r.key] = r.val
				r.reply <- response{r.val, true}
			case "get":
				v, ok := data[r.key]
				r.reply <- response{v, ok}
			case "incr":
				data[r.key] += r.val
				r.reply <- response{data[r.key], true}
			default:
				r.reply <- response{}
			}
		case <-quit:
			done <- data
			return
		case <-time.After(time.Hour):
			fmt.Println("idle too long")
		}
	}
}

type Client struct{ reqs chan<- request }

func (c Client) do(op, key string, val int) response {
	reply := make(chan response)
	c.reqs <- request{op, key, val, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	quit := make(chan struct{})
	done := make(chan map[string]int)
	go store(reqs, quit, done)
	c := Client{reqs}

	fmt.Println(c.do("set", "apples", 3))
	fmt.Println(c.do("incr", "apples", 4))
	fmt.Println(c.do("get", "apples", 0))
	fmt.Println(c.do("get", "pears", 0))
	fmt.Println(c.do("explode", "x", 1))

	finished := make(chan string)
	for _, name := range []string{"w1", "w2", "w3"} {
		go func(n string) {
			for i := 0; i < 100; i++ {
				c.do("incr", "hits", 1)
			}
			finished <- n
		}(name)
	}
	got := []string{<-finished, <-finished, <-finished}
	fmt.Println("workers finished:", len(got))
	fmt.Printf("hits=%+v\n", c.do("get", "hits", 0))

	close(quit)
	final := <-done
	fmt.Println("final state:", final)
	var b strings.Builder
	for _, k := range []string{"apples", "hits", "pears"} {
		v, ok := final[k]
		fmt.Fprintf(&b, "%s=%d(%t) ", k, v, ok)
	}
	fmt.Println(strings.TrimSpace(b.String()))

	results := make(chan chan int, 3)
	for i := 1; i <= 3; i++ {
		ch := make(chan int, 1)
		results <- ch
		go func(i int, ch chan<- int) { ch <- i * i }(i, ch)
	}
	close(results)
	for ch := range results {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
