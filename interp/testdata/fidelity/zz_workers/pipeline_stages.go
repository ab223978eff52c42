package main

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

func source(lines []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- l
		}
	}()
	return out
}

func tokenize(in <-chan string) <-chan string {
	out := make(chan string, 4)
	go func() {
		defer close(out)
		for l := range in {
			for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
				out <- strings.ToLower(w)
			}
		}
	}()
	return out
}

func filter(in <-chan string, stop map[string]bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if !stop[w] {
				out <- w
			}
		}
	}()
	return out
}

type counts struct {
	mu sync.Mutex
	m  map[string]int
}

func fanOutCount(in <-chan string, n int) map[string]int {
	c := &counts{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := map[string]int{}
			for w := range in {
				local[w]++
			}
			c.mu.Lock()
			for k, v := range local {
				c.m[k] += v
			}
			c.mu.Unlock()
		}()
	}
	wg.Wait()
	return c.m
}

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness;
we had everything before us, we had nothing before us.`

type kv struct {
	K string
	V int
}

func main() {
	stop := map[string]bool{"it": true, "was": true, "the": true, "of": true, "we": true}
	m := fanOutCount(filter(tokenize(source(strings.Split(text, "\n"))), stop), 3)
	var list []kv
	for k, v := range m {
		list = append(list, kv{k, v})
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && (list[j].V > list[j-1].V || list[j].V == list[j-1].V && list[j].K < list[j-1].K); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	for _, e := range list[:8] {
		fmt.Printf("%-12s %s %d\n", e.K, strings.Repeat("▇", e.V), e.V)
	}
	total := 0
	for _, e := range list {
		total += e.V
	}
	fmt.Println("distinct", len(list), "total", total)
	sq := make(chan int)
	go func() {
		defer close(sq)
		for i := range 5 {
			sq <- i * i
		}
	}()
	sum := 0
	for v := range sq {
		sum += v
	}
	fmt.Println(sum)
}
