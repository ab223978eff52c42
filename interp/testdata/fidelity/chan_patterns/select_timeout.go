// select with default, nil channels to disable cases, buffered channel
// semantics, and a context cancellation observed by workers.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func tryPush(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func mergeTwo(a, b <-chan string) []string {
	var out []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, "a:"+v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, "b:"+v)
		}
	}
	return out
}

func main() {
	buf := make(chan int, 2)
	fmt.Println(tryPush(buf, 1), tryPush(buf, 2), tryPush(buf, 3), len(buf), cap(buf))
	<-buf
	fmt.Println(tryPush(buf, 4), <-buf, <-buf)

	a := make(chan string, 3)
	b := make(chan string, 3)
	for _, s := range []string{"x", "y"} {
		a <- s
	}
	b <- "z"
	close(a)
	close(b)
	got := mergeTwo(a, b)
	fmt.Println(len(got))

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	results := make([]int, 3)
	started := make(chan struct{}, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			started <- struct{}{}
			<-ctx.Done()
			results[id] = id * 10
		}(w)
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	cancel()
	wg.Wait()
	fmt.Println(results, ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown requested"))
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))

	var closed chan int = make(chan int)
	close(closed)
	v, ok := <-closed
	fmt.Println(v, ok)
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
	type msg struct{ n int }
	mc := make(chan msg, 1)
	mc <- msg{7}
	m := <-mc
	fmt.Println(m.n)
}
