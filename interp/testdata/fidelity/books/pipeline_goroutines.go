package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

func gen(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type Result struct {
	Word  string
	Upper string
}

func main() {
	ctx := context.Background()
	for n := range sq(sq(gen(ctx, 1, 2, 3))) {
		fmt.Println(n)
	}
	in := gen(ctx, 1, 2, 3, 4, 5, 6, 7, 8)
	c1, c2, c3 := sq(in), sq(in), sq(in)
	var all []int
	for n := range merge(c1, c2, c3) {
		all = append(all, n)
	}
	sort.Ints(all)
	fmt.Println(all)

	ctx2, cancel := context.WithCancel(ctx)
	src := gen(ctx2, 10, 20, 30, 40, 50)
	fmt.Println(<-src, <-src)
	cancel()
	fmt.Println("cancelled:", ctx2.Err())

	var ops atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := 0; c < 100; c++ {
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	words := strings.Fields("alpha beta gamma delta epsilon")
	results := make([]Result, len(words))
	var wg2 sync.WaitGroup
	for i, w := range words {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = Result{w, strings.ToUpper(w)}
		}()
	}
	wg2.Wait()
	fmt.Printf("%+v\n", results)

	var mu sync.RWMutex
	cache := map[int]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func(k int) {
			defer wg3.Done()
			mu.Lock()
			cache[k%3] += k
			mu.Unlock()
		}(i)
	}
	wg3.Wait()
	mu.RLock()
	fmt.Println(cache[0], cache[1], cache[2])
	mu.RUnlock()
	sem := make(chan struct{}, 2)
	var maxActive, active int32
	var wg4 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&active, 1)
			for {
				m := atomic.LoadInt32(&maxActive)
				if n <= m || atomic.CompareAndSwapInt32(&maxActive, m, n) {
					break
				}
			}
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg4.Wait()
	fmt.Println("max concurrent <= 2:", maxActive <= 2)
}
