package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished", nil
	case <-ctx.Done():
		return "", fmt.Errorf("slowOp: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	r, err := slowOp(ctx, time.Millisecond)
	fmt.Println(r, err)

	r, err = slowOp(ctx, time.Second)
	fmt.Printf("%q %v\n", r, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
}
