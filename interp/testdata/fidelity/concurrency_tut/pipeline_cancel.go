package main

import (
	"context"
	"errors"
	"fmt"
)

func generate(ctx context.Context, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := start; ; n++ {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func filter(ctx context.Context, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if !keep(n) {
				continue
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func mapStage[T, U any](ctx context.Context, in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func take(ctx context.Context, cancel context.CancelCauseFunc, in <-chan string, n int) []string {
	var got []string
	for s := range in {
		got = append(got, s)
		if len(got) == n {
			cancel(errors.New("have enough"))
			break
		}
	}
	return got
}

var errEnough = errors.New("have enough")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	nums := generate(ctx, 1)
	primes := filter(ctx, nums, isPrime)
	labels := mapStage(ctx, primes, func(p int) string { return fmt.Sprintf("p%d=%d", p%10, p) })
	got := take(ctx, cancel, labels, 12)
	for i, s := range got {
		fmt.Printf("%2d %s\n", i+1, s)
	}
	<-ctx.Done()
	fmt.Println("ctx err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("is canceled:", errors.Is(ctx.Err(), context.Canceled))

	// second pipeline, cancelled before it starts
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	sq := mapStage(ctx2, generate(ctx2, 1), func(n int) int { return n * n })
	count := 0
	for range sq {
		count++
	}
	fmt.Println("values from cancelled pipeline <= 1:", count <= 1)

	ctx3, cancel3 := context.WithCancel(context.Background())
	defer cancel3()
	evens := filter(ctx3, generate(ctx3, 1), func(n int) bool { return n%2 == 0 })
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-evens
	}
	fmt.Println("sum of first 10 evens:", sum)
	_ = errEnough
}
