package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

func produce(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func search(ctx context.Context, items []string, target string) (int, error) {
	for i, it := range items {
		if err := ctx.Err(); err != nil {
			return -1, fmt.Errorf("search stopped at %d: %w", i, err)
		}
		if it == target {
			return i, nil
		}
	}
	return -1, errors.New("not found")
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- produce(ctx, ch) }()
	sum := 0
	for v := range ch {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range ch {
	}
	fmt.Println("sum:", sum, "err:", <-errc)
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println("timeout:", ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))
	case <-time.After(2 * time.Second):
		fmt.Println("should not happen")
	}

	base := context.WithValue(context.Background(), ctxKey("user"), "ann")
	child := context.WithValue(base, ctxKey("req"), 42)
	fmt.Println(child.Value(ctxKey("user")), child.Value(ctxKey("req")), child.Value(ctxKey("none")))

	items := []string{"a", "b", "c"}
	cctx, ccancel := context.WithCancelCause(context.Background())
	fmt.Println(search(cctx, items, "c"))
	ccancel(errors.New("user quit"))
	idx, err := search(cctx, items, "c")
	fmt.Println(idx, err, context.Cause(cctx))

	// Several goroutines stop on one cancel; results are gathered by index.
	ctx3, cancel3 := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stopped := make([]bool, 4)
	for i := range stopped {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx3.Done()
			stopped[i] = true
		}()
	}
	cancel3()
	wg.Wait()
	fmt.Println(stopped)
	after := context.AfterFunc(ctx3, func() { fmt.Println("after func ran") })
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop returned", after())
	dctx, dcancel := context.WithDeadline(context.Background(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	defer dcancel()
	dl, ok := dctx.Deadline()
	fmt.Println(dl.Year(), ok, dctx.Err())
}
