package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Cost int
}

func tryPush(q chan Job, j Job) bool {
	select {
	case q <- j:
		return true
	default:
		return false
	}
}

func drain(q chan Job) []int {
	var ids []int
	for {
		select {
		case j := <-q:
			ids = append(ids, j.ID)
		default:
			return ids
		}
	}
}

func main() {
	q := make(chan Job, 3)
	var dropped []int
	for i := 1; i <= 5; i++ {
		if !tryPush(q, Job{i, i * 10}) {
			dropped = append(dropped, i)
		}
	}
	fmt.Println("dropped:", dropped, "len:", len(q), "cap:", cap(q))
	fmt.Println("drained:", drain(q))
	fmt.Println("empty drain:", drain(q))

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}

	done := make(chan struct{})
	results := make(chan int)
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := w; ; n += 3 {
				select {
				case <-done:
					return
				case results <- n * n:
				}
			}
		}()
	}
	sum := 0
	got := 0
	for v := range results {
		sum += v
		got++
		if got == 30 {
			close(done)
			break
		}
	}
	go func() {
		for range results {
		}
	}()
	wg.Wait()
	fmt.Println("received", got, "sum is positive:", sum > 0)

	ping, pong := make(chan string), make(chan string)
	go func() {
		for msg := range ping {
			pong <- msg + "!"
		}
		close(pong)
	}()
	for _, m := range []string{"a", "b", "c"} {
		ping <- m
		fmt.Print(<-pong, " ")
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	order := []int{}
	for i := range 4 {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
		wg.Wait()
	}
	fmt.Println(order)
}
