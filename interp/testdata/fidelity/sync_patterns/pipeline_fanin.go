package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func generate(words ...string) <-chan string {
	out := make(chan string, len(words))
	for _, w := range words {
		out <- w
	}
	close(out)
	return out
}

func stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func fanOut[T any](in <-chan T, n int) []<-chan T {
	outs := make([]<-chan T, n)
	for i := 0; i < n; i++ {
		ch := make(chan T)
		outs[i] = ch
		go func() {
			defer close(ch)
			for v := range in {
				ch <- v
			}
		}()
	}
	return outs
}

func merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T)
	wg.Add(len(cs))
	for _, c := range cs {
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

type stat struct {
	word   string
	vowels int
}

func countVowels(w string) stat {
	n := 0
	for _, r := range w {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return stat{w, n}
}

func main() {
	src := generate("pipeline", "concurrency", "channel", "goroutine", "select", "mutex", "waitgroup", "context")
	upper := stage(src, strings.ToUpper)
	workers := fanOut(upper, 3)
	var counted []<-chan stat
	for _, w := range workers {
		counted = append(counted, stage(w, func(s string) stat { return countVowels(strings.ToLower(s)) }))
	}
	var all []stat
	for s := range merge(counted...) {
		all = append(all, s)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].vowels != all[j].vowels {
			return all[i].vowels > all[j].vowels
		}
		return all[i].word < all[j].word
	})
	for _, s := range all {
		fmt.Printf("%-12s %d\n", s.word, s.vowels)
	}

	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 1; i <= 20; i++ {
			nums <- i
		}
	}()
	sq := stage(nums, func(n int) int { return n * n })
	total := 0
	for v := range sq {
		total += v
	}
	fmt.Println("sum of squares 1..20 =", total)

	done := make(chan struct{})
	results := make(chan string)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case results <- fmt.Sprintf("r%d", i):
			}
		}
	}()
	var got []string
	for r := range results {
		got = append(got, r)
		if len(got) == 4 {
			close(done)
			break
		}
	}
	fmt.Println(got)
}
