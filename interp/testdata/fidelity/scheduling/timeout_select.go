package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowSquare(ctx context.Context, n int, delay time.Duration) (int, error) {
	select {
	case <-time.After(delay):
		return n * n, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("square(%d): %w", n, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	v, err := slowSquare(ctx, 4, time.Millisecond)
	fmt.Println(v, err)

	v, err = slowSquare(ctx, 5, 2*time.Second)
	fmt.Println(v, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, err = slowSquare(ctx2, 6, time.Second)
	fmt.Println(err, errors.Is(err, context.Canceled))

	done := make(chan int)
	go func() { done <- 42 }()
	select {
	case x := <-done:
		fmt.Println("got", x)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
}
