package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

type result struct {
	word    string
	vowels  int
	reverse string
}

func analyze(in <-chan string) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for w := range in {
			r := []rune(w)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			out <- result{w, strings.Count(strings.ToLower(w), "a") + strings.Count(w, "e") + strings.Count(w, "i") + strings.Count(w, "o") + strings.Count(w, "u"), string(r)}
		}
	}()
	return out
}

func merge(cs ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	src := generate("pipeline", "Avocado", "goroutine", "channel", "sync", "queue", "élan")
	workers := make([]<-chan result, 3)
	for i := range workers {
		workers[i] = analyze(src)
	}
	var all []result
	for r := range merge(workers...) {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].vowels != all[j].vowels {
			return all[i].vowels > all[j].vowels
		}
		return all[i].word < all[j].word
	})
	for _, r := range all {
		fmt.Printf("%-10s %d %s\n", r.word, r.vowels, r.reverse)
	}
	fmt.Println(len(all))
}
