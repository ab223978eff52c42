package main

import (
	"context"
	"fmt"
	"time"
)

func step(ctx context.Context, name string, cost time.Duration) error {
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < cost {
		return fmt.Errorf("%s: not enough time left", name)
	}
	select {
	case <-time.After(cost):
		fmt.Println(name, "done")
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", name, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	for _, s := range []struct {
		name string
		cost time.Duration
	}{{"parse", 5 * time.Millisecond}, {"compile", 10 * time.Millisecond}, {"deploy", time.Minute}} {
		if err := step(ctx, s.name, s.cost); err != nil {
			fmt.Println("error:", err)
			break
		}
	}
}
