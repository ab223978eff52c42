package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

func slowSquare(ctx context.Context, n int, d time.Duration) (int, error) {
	select {
	case <-time.After(d):
		return n * n, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("square(%d): %w", n, ctx.Err())
	}
}

type outcome struct {
	n   int
	v   int
	err error
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 80*time.Millisecond)
	defer cancel()

	delays := map[int]time.Duration{1: 5 * time.Millisecond, 2: 10 * time.Millisecond, 3: 500 * time.Millisecond, 4: 1 * time.Millisecond, 5: 600 * time.Millisecond}
	var mu sync.Mutex
	var outs []outcome
	var wg sync.WaitGroup
	for n := 1; n <= 5; n++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			v, err := slowSquare(ctx, n, delays[n])
			mu.Lock()
			outs = append(outs, outcome{n, v, err})
			mu.Unlock()
		}(n)
	}
	wg.Wait()
	sort.Slice(outs, func(i, j int) bool { return outs[i].n < outs[j].n })
	for _, o := range outs {
		if o.err != nil {
			fmt.Printf("%d: error %v (deadline=%v)\n", o.n, o.err, errors.Is(o.err, context.DeadlineExceeded))
			continue
		}
		fmt.Printf("%d: %d\n", o.n, o.v)
	}
	fmt.Println("ctx err:", ctx.Err())

	// Cancellation by the parent propagates to children.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	done := make(chan string)
	go func() {
		<-child.Done()
		done <- "child done: " + child.Err().Error()
	}()
	pcancel()
	fmt.Println(<-done)
	_, hasDeadline := child.Deadline()
	fmt.Println("child has deadline:", hasDeadline)

	// Values flow down.
	type key string
	vctx := context.WithValue(parent, key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("missing")))

	// AfterFunc
	a, acancel := context.WithCancel(context.Background())
	fired := make(chan bool, 1)
	stop := context.AfterFunc(a, func() { fired <- true })
	acancel()
	fmt.Println("after func fired:", <-fired, "stop:", stop())
}
