package main

import (
	"fmt"
	"sort"
	"sync"
)

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
	go func() { wg.Wait(); close(out) }()
	return out
}

func From[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	nums := Collect(Merge(From(1, 2, 3), From(10, 20)))
	sort.Ints(nums)
	fmt.Println(nums)

	words := Collect(Merge(From("b", "a"), From("c")))
	sort.Strings(words)
	fmt.Println(words)
}
