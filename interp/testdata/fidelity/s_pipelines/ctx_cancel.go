package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
)

func producer(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int, id int, found chan<- int) {
	for v := range in {
		sq := v * v
		if sq > 400 {
			continue
		}
		select {
		case found <- sq:
		case <-ctx.Done():
			return
		}
	}
}

type limitErr struct{ n int }

func (e limitErr) Error() string { return fmt.Sprintf("limit %d reached", e.n) }

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	in := producer(ctx, 1000)
	found := make(chan int)
	var wg sync.WaitGroup
	for id := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			square(ctx, in, id, found)
		}()
	}
	go func() {
		wg.Wait()
		close(found)
	}()
	var got []int
	for sq := range found {
		got = append(got, sq)
		if len(got) == 20 {
			cancel(limitErr{20})
			break
		}
	}
	// drain so senders can exit
	go func() {
		for range found {
		}
	}()
	wg.Wait()
	slices.Sort(got)
	fmt.Println(got)
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cause := context.Cause(ctx)
	var le limitErr
	fmt.Println(cause, errors.As(cause, &le), le.n)

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	n := 0
	for range producer(ctx2, 5) {
		n++
	}
	fmt.Println("after cancel received at most 5:", n <= 5, ctx2.Err())
}
