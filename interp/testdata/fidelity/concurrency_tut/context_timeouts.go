package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

const requestID ctxKey = "request-id"

func slowQuery(ctx context.Context, name string, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return fmt.Sprintf("%s: rows for %v", name, ctx.Value(requestID)), nil
	case <-ctx.Done():
		return "", fmt.Errorf("%s aborted: %w", name, ctx.Err())
	}
}

func handle(parent context.Context, id string, queryTime, budget time.Duration) {
	ctx := context.WithValue(parent, requestID, id)
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	res, err := slowQuery(ctx, "users", queryTime)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Printf("[%s] timeout: %v\n", id, err)
	case errors.Is(err, context.Canceled):
		fmt.Printf("[%s] canceled: %v\n", id, err)
	case err != nil:
		fmt.Printf("[%s] error: %v\n", id, err)
	default:
		fmt.Printf("[%s] ok: %s\n", id, res)
	}
	_, hasDeadline := ctx.Deadline()
	fmt.Printf("[%s] had deadline: %v, err after: %v\n", id, hasDeadline, ctx.Err())
}

func main() {
	bg := context.Background()
	handle(bg, "req-1", time.Millisecond, time.Hour)
	handle(bg, "req-2", time.Hour, 5*time.Millisecond)

	parent, cancelAll := context.WithCancel(bg)
	cancelAll()
	handle(parent, "req-3", time.Hour, time.Hour)

	ctx, stop := context.WithTimeoutCause(bg, time.Millisecond, errors.New("budget exhausted"))
	defer stop()
	<-ctx.Done()
	fmt.Println("cause:", context.Cause(ctx), "| err:", ctx.Err())

	afterCtx, cancel := context.WithCancel(bg)
	ran := make(chan string, 1)
	unregister := context.AfterFunc(afterCtx, func() { ran <- "cleanup ran" })
	cancel()
	fmt.Println(<-ran)
	fmt.Println("unregister after run:", unregister())

	wctx := context.WithoutCancel(parent)
	fmt.Println("without cancel err:", wctx.Err(), "parent err:", parent.Err())
	fmt.Println(requestID, context.WithValue(bg, requestID, 7).Value(requestID))
}
