package main

import (
	"bufio"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const poem = `Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;`

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(strings.NewReader(s))
		n := 0
		for sc.Scan() {
			n++
			if !yield(n, sc.Text()) {
				return
			}
		}
	}
}

func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if !yield(strings.ToLower(w)) {
				return
			}
		}
	}
}

func main() {
	freq := map[string]int{}
	longest := map[int]string{}
	for n, line := range Lines(poem) {
		for w := range Words(line) {
			freq[w]++
			if len(w) > len(longest[n]) {
				longest[n] = w
			}
		}
	}
	keys := slices.Sorted(maps.Keys(freq))
	fmt.Println(len(keys), keys[:6])
	byCount := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	for _, w := range byCount[:5] {
		fmt.Printf("%-6s %d\n", w, freq[w])
	}
	for _, n := range slices.Sorted(maps.Keys(longest)) {
		fmt.Println(n, longest[n])
	}
	inverted := maps.Collect(func(yield func(int, string) bool) {
		for _, w := range longest {
			if !yield(len(w), w) {
				return
			}
		}
	})
	fmt.Println(len(inverted) > 0, slices.Sorted(maps.Keys(inverted)))
	for i, w := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, w, ";")
	}
	for i, w := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, w, ";")
	}
	fmt.Println()
	fmt.Println(slices.Collect(maps.Values(map[string]int{"only": 1})))
}
