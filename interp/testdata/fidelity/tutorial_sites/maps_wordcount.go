package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type WordStat struct {
	Word  string
	Count int
	Lines []int
}

func main() {
	text := `Go is expressive, concise, clean, and efficient.
Its concurrency mechanisms make it easy to write programs
that get the most out of multicore and networked machines,
while its novel type system enables flexible and modular
program construction. Go compiles quickly to machine code.`

	stats := make(map[string]*WordStat)
	for ln, line := range strings.Split(text, "\n") {
		words := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			w = strings.ToLower(w)
			s, ok := stats[w]
			if !ok {
				s = &WordStat{Word: w}
				stats[w] = s
			}
			s.Count++
			s.Lines = append(s.Lines, ln+1)
		}
	}
	fmt.Println("distinct words:", len(stats))

	list := make([]*WordStat, 0, len(stats))
	for _, s := range stats {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	for _, s := range list[:8] {
		fmt.Printf("%-12s %d %v\n", s.Word, s.Count, s.Lines)
	}

	if _, ok := stats["rust"]; !ok {
		fmt.Println("rust not found")
	}
	delete(stats, "go")
	fmt.Println("after delete:", len(stats), stats["go"] == nil)

	byLen := map[int][]string{}
	for w := range stats {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0)
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Printf("%2d: %s\n", l, strings.Join(ws, " "))
	}

	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	type kv struct {
		r rune
		n int
	}
	var kvs []kv
	for r, n := range letters {
		kvs = append(kvs, kv{r, n})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].n > kvs[j].n || kvs[i].n == kvs[j].n && kvs[i].r < kvs[j].r })
	for _, e := range kvs[:5] {
		fmt.Printf("%c=%d ", e.r, e.n)
	}
	fmt.Println()
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"fruit", "apple"}, {"veg", "kale"}, {"fruit", "pear"}, {"fruit", "apple"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
}
