package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timed out waiting")

type fakeServer struct {
	name  string
	delay time.Duration
}

func (s fakeServer) respond() chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(s.delay)
		ch <- s.name
	}()
	return ch
}

func Racer(a, b fakeServer, timeout time.Duration) (string, error) {
	select {
	case w := <-a.respond():
		return w, nil
	case w := <-b.respond():
		return w, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("racer(%s, %s): %w", a.name, b.name, ErrTimeout)
	}
}

func main() {
	slow := fakeServer{"slow", 200 * time.Millisecond}
	fast := fakeServer{"fast", 1 * time.Millisecond}
	w, err := Racer(slow, fast, time.Second)
	fmt.Println("winner:", w, err)
	w, err = Racer(fast, slow, time.Second)
	fmt.Println("winner:", w, err)
	never := fakeServer{"never", 2 * time.Second}
	_, err = Racer(never, never, 20*time.Millisecond)
	fmt.Println(err, errors.Is(err, ErrTimeout))

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 1; ; i++ {
			select {
			case results <- i * i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v >= 100 {
			close(done)
			break
		}
	}
	fmt.Println("sum of squares up to 100:", sum)
	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	fmt.Println("ticks:", ticks)
}
