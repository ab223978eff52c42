package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

const text = `The Go programming language is an open source project
to make programmers more productive.

Go is expressive, concise, clean, and efficient. Its concurrency
mechanisms make it easy to write programs that get the most out of
multicore and networked machines.`

func main() {
	freq := map[string]int{}
	lineNo := 0
	for line := range strings.Lines(text) {
		lineNo++
		line = strings.TrimRight(line, "\n")
		if line == "" {
			fmt.Printf("%2d: (blank)\n", lineNo)
			continue
		}
		n := 0
		for w := range strings.FieldsSeq(line) {
			w = strings.ToLower(strings.Trim(w, ".,"))
			freq[w]++
			n++
		}
		fmt.Printf("%2d: %d words\n", lineNo, n)
	}
	words := slices.Collect(maps.Keys(freq))
	slices.SortFunc(words, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	for _, w := range words[:6] {
		fmt.Printf("%-10s %d\n", w, freq[w])
	}
	fmt.Println("distinct:", len(words))

	csv := "name,age,city"
	for i, part := range slices.Collect(strings.SplitSeq(csv, ",")) {
		fmt.Println(i, part)
	}
	for part := range strings.SplitSeq("a--b--c", "--") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	sorted := slices.Sorted(maps.Values(map[string]int{"x": 3, "y": 1, "z": 2}))
	fmt.Println(sorted)
}
