package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

func generate(ctx context.Context, words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			select {
			case out <- w:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func fanOut(in <-chan string, n int, f func(string) string) []<-chan string {
	outs := make([]<-chan string, n)
	for i := range n {
		outs[i] = mapStage(in, f)
	}
	return outs
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	upper := mapStage(generate(ctx, words...), strings.ToUpper)
	var got []string
	for v := range mapStage(upper, func(s string) string { return s + "!" }) {
		got = append(got, v)
	}
	fmt.Println(got)

	results := map[string]bool{}
	for v := range merge(fanOut(generate(ctx, words...), 3, func(s string) string {
		return fmt.Sprintf("%s:%d", s, len(s))
	})...) {
		results[v] = true
	}
	fmt.Println(len(results), results["theta:5"], results["eta:3"])

	ctx2, cancel2 := context.WithCancel(context.Background())
	src := generate(ctx2, words...)
	first := <-src
	second := <-src
	cancel2()
	fmt.Println(first, second, ctx2.Err())

	done := make(chan struct{})
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	go func() { wg.Wait(); close(done) }()
	<-done
	fmt.Println("max concurrent <= 2:", maxActive <= 2, "active:", active)
}
