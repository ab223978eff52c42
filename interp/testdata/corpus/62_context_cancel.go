package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- int) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- worker(ctx, out) }()
	for i := 0; i < 3; i++ {
		fmt.Println("got", <-out)
	}
	cancel()
	fmt.Println("worker:", <-errc)

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	vctx := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(vctx.Value("user"), vctx.Value("missing"))
}
