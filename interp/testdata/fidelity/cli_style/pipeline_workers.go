package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type result struct {
	line   int
	words  int
	upper  int
	digits int
	text   string
}

func analyze(n int, s string) result {
	r := result{line: n, text: s}
	r.words = len(strings.Fields(s))
	for _, c := range s {
		switch {
		case unicode.IsUpper(c):
			r.upper++
		case unicode.IsDigit(c):
			r.digits++
		}
	}
	return r
}

const input = `The Quick brown fox
jumps over 13 lazy dogs
In 2024 Go turned 15
ALL CAPS LINE HERE

last line with 1 2 3`

func main() {
	lines := make(chan [2]any)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for item := range lines {
				results <- analyze(item[0].(int), item[1].(string))
			}
		}(w)
	}
	go func() {
		sc := bufio.NewScanner(strings.NewReader(input))
		n := 0
		for sc.Scan() {
			n++
			lines <- [2]any{n, sc.Text()}
		}
		close(lines)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].line < all[j].line })
	tot := result{}
	for _, r := range all {
		fmt.Printf("%2d: words=%d upper=%d digits=%d %q\n", r.line, r.words, r.upper, r.digits, r.text)
		tot.words += r.words
		tot.upper += r.upper
		tot.digits += r.digits
	}
	fmt.Printf("total: %+v\n", tot)

	var mu sync.Mutex
	counts := map[rune]int{}
	var wg2 sync.WaitGroup
	for _, r := range all {
		wg2.Add(1)
		go func(s string) {
			defer wg2.Done()
			for _, c := range strings.ToLower(s) {
				if unicode.IsLetter(c) {
					mu.Lock()
					counts[c]++
					mu.Unlock()
				}
			}
		}(r.text)
	}
	wg2.Wait()
	type kv struct {
		k rune
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	for _, e := range kvs[:6] {
		fmt.Printf("%c=%d ", e.k, e.v)
	}
	fmt.Println()
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}
