package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func Generate[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Pair struct {
	Word string
	Len  int
}

func main() {
	words := Generate("go", "channels", "are", "typed")
	lens := Collect(MapChan(words, func(s string) Pair { return Pair{s, len(s)} }))
	fmt.Println(lens)

	a := MapChan(Generate(1, 2, 3), func(n int) int { return n * 10 })
	b := MapChan(Generate(4, 5), func(n int) int { return n * 100 })
	merged := Collect(Merge(a, b))
	sort.Ints(merged)
	fmt.Println(merged, len(merged))

	upper := Collect(MapChan(Generate(strings.Fields("x y z")...), strings.ToUpper))
	fmt.Println(upper)

	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	var results []string
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sb := pool.Get().(*strings.Builder)
			sb.Reset()
			fmt.Fprintf(sb, "item-%02d", i)
			mu.Lock()
			results = append(results, sb.String())
			mu.Unlock()
			pool.Put(sb)
		}()
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results)
	empty := Collect(Merge[int]())
	fmt.Println(len(empty), empty == nil)
}
