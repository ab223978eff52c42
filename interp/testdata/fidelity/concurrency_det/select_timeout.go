package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type Response struct {
	Service string
	Latency time.Duration
}

func call(ctx context.Context, service string, latency time.Duration) (Response, error) {
	select {
	case <-time.After(latency):
		return Response{service, latency}, nil
	case <-ctx.Done():
		return Response{}, fmt.Errorf("%s: %w", service, ctx.Err())
	}
}

func firstOf(ctx context.Context, services map[string]time.Duration, order []string) (Response, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan Response, len(order))
	for _, name := range order {
		go func() {
			if r, err := call(ctx, name, services[name]); err == nil {
				ch <- r
			}
		}()
	}
	select {
	case r := <-ch:
		return r, nil
	case <-ctx.Done():
		return Response{}, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	r, err := call(ctx, "fast", 1*time.Millisecond)
	fmt.Println(r.Service, err)
	_, err = call(ctx, "slow", 10*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	services := map[string]time.Duration{"a": 300 * time.Millisecond, "b": 2 * time.Millisecond, "c": 400 * time.Millisecond}
	r, err = firstOf(context.Background(), services, []string{"a", "b", "c"})
	fmt.Println("winner:", r.Service, err)

	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	_, err = firstOf(tctx, map[string]time.Duration{"x": time.Second}, []string{"x"})
	fmt.Println("all slow:", err)

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

	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks:", n)
}
