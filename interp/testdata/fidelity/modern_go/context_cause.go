package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrShutdown = errors.New("server shutting down")
var ErrQuota = errors.New("quota exceeded")

type key string

func worker(ctx context.Context, id int, jobs []int) (done int, err error) {
	for _, j := range jobs {
		select {
		case <-ctx.Done():
			return done, fmt.Errorf("worker %d: %w", id, context.Cause(ctx))
		default:
		}
		if j < 0 {
			return done, fmt.Errorf("worker %d: bad job %d", id, j)
		}
		done++
	}
	return done, nil
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	n, err := worker(ctx, 1, []int{1, 2, 3})
	fmt.Println(n, err)
	cancel(ErrShutdown)
	n, err = worker(ctx, 2, []int{1, 2})
	fmt.Println(n, err)
	fmt.Println(errors.Is(err, ErrShutdown), ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel(ErrQuota) // second cancel has no effect
	fmt.Println(context.Cause(ctx))

	plain, stop := context.WithCancel(context.Background())
	stop()
	fmt.Println(context.Cause(plain), plain.Err())

	base := context.WithValue(context.Background(), key("user"), "ada")
	detached := context.WithoutCancel(base)
	c2, cancel2 := context.WithCancel(detached)
	cancel2()
	fmt.Println(c2.Err(), detached.Err(), detached.Value(key("user")))

	parent, cancelParent := context.WithCancel(context.Background())
	calls := make(chan string, 1)
	stopAfter := context.AfterFunc(parent, func() { calls <- "after func ran" })
	cancelParent()
	fmt.Println(<-calls)
	fmt.Println("stop after already ran:", stopAfter())

	p2, c3 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(p2, func() { fmt.Println("should not run") })
	fmt.Println("stopped before cancel:", stop2())
	c3()

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 0, ErrQuota)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))
}
