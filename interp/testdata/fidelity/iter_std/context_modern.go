package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

var ErrShutdown = errors.New("shutting down")

func main() {
	base := context.WithValue(context.Background(), ctxKey("req"), "r-42")
	ctx, cancel := context.WithCancelCause(base)

	detached := context.WithoutCancel(ctx)

	var mu sync.Mutex
	var order []string
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		mu.Lock()
		order = append(order, "afterfunc ran")
		mu.Unlock()
		close(done)
	})
	_ = stop

	unused, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(unused, func() { fmt.Println("never") })
	fmt.Println("stop2 stopped:", stop2())
	cancel2()

	cancel(ErrShutdown)
	<-done
	fmt.Println(order)
	fmt.Println("ctx err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("is shutdown:", errors.Is(context.Cause(ctx), ErrShutdown))
	fmt.Println("detached err:", detached.Err(), "value:", detached.Value(ctxKey("req")))
	_, hasDeadline := detached.Deadline()
	fmt.Println("detached deadline:", hasDeadline)

	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), "|", context.Cause(tctx))
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))

	dctx, dcancel := context.WithDeadline(context.Background(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	defer dcancel()
	dl, ok := dctx.Deadline()
	fmt.Println(dl.Format(time.RFC3339), ok, dctx.Err())

	results := make([]string, 3)
	var wg sync.WaitGroup
	wctx, wcancel := context.WithCancel(context.Background())
	for i := range 3 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			select {
			case <-wctx.Done():
				results[id] = fmt.Sprintf("worker %d cancelled: %v", id, wctx.Err())
			case <-time.After(time.Duration(10-id) * time.Second):
				results[id] = "finished"
			}
		}(i)
	}
	wcancel()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(context.Background(), context.TODO())
}
