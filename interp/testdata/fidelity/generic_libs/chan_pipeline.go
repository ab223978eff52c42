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

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
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

type Order struct {
	ID    int
	Total float64
}

func main() {
	squares := Collect(Map(Generate(1, 2, 3, 4, 5), func(n int) int { return n * n }))
	fmt.Println(squares)

	words := Filter(Generate(strings.Fields("go is a fun and simple language")...), func(s string) bool { return len(s) > 2 })
	upper := Collect(Map(words, strings.ToUpper))
	fmt.Println(upper)

	a := Generate(Order{1, 9.5}, Order{2, 120})
	b := Generate(Order{3, 42}, Order{4, 7.25}, Order{5, 300})
	big := Filter(Merge(a, b), func(o Order) bool { return o.Total > 10 })
	ids := Map(big, func(o Order) string { return fmt.Sprintf("#%d(%.2f)", o.ID, o.Total) })
	res := Collect(ids)
	sort.Strings(res)
	fmt.Println(res)

	merged := Collect(Merge(Generate("x", "y"), Generate("z"), Generate[string]()))
	sort.Strings(merged)
	fmt.Println(merged, len(merged))
	total := 0
	for n := range Merge(Generate(1, 2), Generate(3)) {
		total += n
	}
	fmt.Println("total", total)
}
