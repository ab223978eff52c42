package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func producer(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 1; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func searchPrime(ctx context.Context, from int, found chan<- int) {
	for n := from; ; n++ {
		select {
		case <-ctx.Done():
			return
		default:
		}
		prime := n > 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			select {
			case found <- n:
			case <-ctx.Done():
			}
			return
		}
	}
}

type keyType string

func handle(ctx context.Context) string {
	user, _ := ctx.Value(keyType("user")).(string)
	reqID, ok := ctx.Value(keyType("req")).(int)
	if !ok {
		reqID = -1
	}
	return fmt.Sprintf("user=%s req=%d", user, reqID)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	nums := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- producer(ctx, nums) }()
	sum := 0
	for n := range nums {
		sum += n
		if n == 10 {
			cancel()
			break
		}
	}
	for range nums {
	}
	err := <-errc
	fmt.Println("sum:", sum, "err:", err, "is Canceled:", errors.Is(err, context.Canceled))

	ctx2, cancel2 := context.WithCancel(context.Background())
	found := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); searchPrime(ctx2, 1000000, found) }()
	p := <-found
	cancel2()
	wg.Wait()
	fmt.Println("first prime >= 1e6:", p)

	base := context.WithValue(context.Background(), keyType("user"), "ada")
	fmt.Println(handle(base))
	fmt.Println(handle(context.WithValue(base, keyType("req"), 42)))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child err after parent cancel:", child.Err())

	cause := errors.New("shutting down")
	cctx, ccause := context.WithCancelCause(context.Background())
	ccause(cause)
	fmt.Println("cause:", context.Cause(cctx), "err:", cctx.Err())
	fmt.Println("background err:", context.Background().Err(), context.TODO())
}
