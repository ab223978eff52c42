package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return fmt.Sprintf("done after %v (req %v)", d, ctx.Value(ctxKey("req"))), nil
	case <-ctx.Done():
		return "", fmt.Errorf("slowOp(%v): %w", d, ctx.Err())
	}
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("req"), "r-42")
	ctx, cancel := context.WithTimeout(base, 400*time.Millisecond)
	defer cancel()
	for _, d := range []time.Duration{time.Millisecond, 2 * time.Second} {
		res, err := slowOp(ctx, d)
		fmt.Printf("res=%q err=%v deadline=%t canceled=%t\n", res, err,
			errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))
	}
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline, "ctx.Err:", ctx.Err())

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel2(errors.New("user pressed stop"))
	}()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), "|", context.Cause(ctx2))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	stopped := context.AfterFunc(child, func() { fmt.Println("after func ran") })
	pcancel()
	<-child.Done()
	time.Sleep(300 * time.Millisecond)
	fmt.Println("child:", child.Err(), "stop returned:", stopped())
	wctx := context.WithoutCancel(child)
	fmt.Println("without cancel:", wctx.Err(), wctx.Value(ctxKey("req")))
	tctx, tcancel := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
}
