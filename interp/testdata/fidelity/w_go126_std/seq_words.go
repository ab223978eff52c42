package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

func words(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.Lines(text) {
			for w := range strings.FieldsSeq(line) {
				w = strings.ToLower(strings.Trim(w, ".,;!?"))
				if w == "" {
					continue
				}
				if !yield(w) {
					return
				}
			}
		}
	}
}

func countAll(seq iter.Seq[string]) map[string]int {
	m := make(map[string]int)
	for w := range seq {
		m[w]++
	}
	return m
}

func topN(m map[string]int, n int) []WordCount {
	var out []WordCount
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, WordCount{k, m[k]})
	}
	slices.SortStableFunc(out, func(a, b WordCount) int { return b.Count - a.Count })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func main() {
	text := `The quick brown fox.
The lazy dog; the quick cat!
A fox, a dog, a cat.
`
	counts := countAll(words(text))
	fmt.Println(len(counts), "distinct words")
	for i, wc := range topN(counts, 5) {
		fmt.Printf("%d. %-6s %2d %+v\n", i+1, wc.Word, wc.Count, wc)
	}
	first := 0
	for w := range words(text) {
		if first == 3 {
			break
		}
		fmt.Print(w, " ")
		first++
	}
	fmt.Println()
	parts := slices.Collect(strings.SplitSeq("a,b,,c", ","))
	fmt.Printf("%q %d\n", parts, len(parts))
	for i, chunk := range slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3)) {
		fmt.Println("chunk", i, chunk)
	}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys[:4], slices.Index(keys, "fox"), slices.Contains(keys, "bird"))
	next, stop := iter.Pull(words(text))
	defer stop()
	for range 2 {
		w, ok := next()
		fmt.Printf("pull %q %v\n", w, ok)
	}
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
}
