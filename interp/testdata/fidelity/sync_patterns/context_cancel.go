package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func producer(ctx context.Context, out chan<- int) error {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case out <- i:
		}
	}
}

func worker(ctx context.Context, id int, in <-chan int, results chan<- string) {
	for {
		select {
		case <-ctx.Done():
			return
		case v, ok := <-in:
			if !ok {
				return
			}
			results <- fmt.Sprintf("w%d:%d", id, v*v)
		}
	}
}

var ErrQuota = errors.New("quota exceeded")

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	nums := make(chan int)
	var perr error
	done := make(chan struct{})
	go func() {
		perr = producer(ctx, nums)
		close(done)
	}()
	sum := 0
	for v := range nums {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	<-done
	fmt.Println("sum", sum, "producer:", perr, errors.Is(perr, context.Canceled))

	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println("timeout:", ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("should not happen")
	}
	_, hasDeadline := ctx2.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(ErrQuota)
	fmt.Println(ctx3.Err(), context.Cause(ctx3), errors.Is(context.Cause(ctx3), ErrQuota))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	detached := context.WithoutCancel(parent)
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err(), "detached:", detached.Err())

	stopCalled := make(chan string, 1)
	ctx4, cancel4 := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx4, func() { stopCalled <- "afterfunc ran" })
	cancel4()
	fmt.Println(<-stopCalled, stop())

	ctx5, cancel5 := context.WithCancel(context.Background())
	in := make(chan int)
	results := make(chan string, 100)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx5, id, in, results)
		}()
	}
	for i := 1; i <= 6; i++ {
		in <- i
	}
	cancel5()
	wg.Wait()
	close(results)
	total := 0
	count := 0
	for r := range results {
		var id, v int
		fmt.Sscanf(r, "w%d:%d", &id, &v)
		total += v
		count++
	}
	fmt.Println("results:", count, "sum of squares:", total)
	vctx := context.WithValue(ctx5, "k", "v")
	fmt.Println(vctx.Value("k"), vctx.Err())
}
