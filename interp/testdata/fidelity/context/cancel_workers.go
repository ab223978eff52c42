package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- id*100 + i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(ctx, id, out, &wg)
	}
	got := 0
	for range out {
		got++
		if got == 10 {
			break
		}
	}
	cancel()
	wg.Wait()
	fmt.Println("received", got, "err:", ctx.Err())
}
