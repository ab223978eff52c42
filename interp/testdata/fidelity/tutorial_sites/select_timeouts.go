package main

import (
	"errors"
	"fmt"
	"time"
)

func server(ch chan string, name string, n int) {
	for i := 0; i < n; i++ {
		ch <- fmt.Sprintf("%s message %d", name, i)
	}
	close(ch)
}

var ErrTimeout = errors.New("operation timed out")

func fetch(delay time.Duration, limit time.Duration) (string, error) {
	res := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		res <- "data"
	}()
	select {
	case r := <-res:
		return r, nil
	case <-time.After(limit):
		return "", ErrTimeout
	}
}

func main() {
	a := make(chan string)
	b := make(chan string)
	go server(a, "alpha", 3)
	go server(b, "beta", 2)

	var got []string
	for a != nil || b != nil {
		select {
		case m, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, m)
		case m, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, m)
		}
	}
	fmt.Println("received", len(got), "messages")
	countA, countB := 0, 0
	for _, m := range got {
		if m[0] == 'a' {
			countA++
		} else {
			countB++
		}
	}
	fmt.Println("alpha:", countA, "beta:", countB)

	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("no value ready, default case")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("no value ready")
	}

	if v, err := fetch(time.Millisecond, 2*time.Second); err == nil {
		fmt.Println("fetched:", v)
	}
	if _, err := fetch(2*time.Second, 20*time.Millisecond); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrTimeout))
	}

	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)

	quit := make(chan struct{})
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 0; ; i++ {
			select {
			case nums <- i:
			case <-quit:
				return
			}
		}
	}()
	for n := range nums {
		if n == 4 {
			close(quit)
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
}
