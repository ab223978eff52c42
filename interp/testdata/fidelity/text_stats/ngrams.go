package main

import (
	"fmt"
	"sort"
	"strings"
)

type NGram []string

func (n NGram) Key() string { return strings.Join(n, " ") }

func ngrams(words []string, n int) []NGram {
	var out []NGram
	for i := 0; i+n <= len(words); i++ {
		out = append(out, NGram(words[i:i+n]))
	}
	return out
}

func topK(grams []NGram, k int) []string {
	counts := map[string]int{}
	for _, g := range grams {
		counts[g.Key()]++
	}
	keys := make([]string, 0, len(counts))
	for key := range counts {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool {
		ci, cj := counts[keys[i]], counts[keys[j]]
		if ci != cj {
			return ci > cj
		}
		return keys[i] < keys[j]
	})
	if len(keys) > k {
		keys = keys[:k]
	}
	out := make([]string, len(keys))
	for i, key := range keys {
		out[i] = fmt.Sprintf("%q×%d", key, counts[key])
	}
	return out
}

func main() {
	text := "to be or not to be that is the question to be or not to be"
	words := strings.Fields(text)

	for n := 1; n <= 3; n++ {
		grams := ngrams(words, n)
		fmt.Printf("n=%d total=%d top=%v\n", n, len(grams), topK(grams, 3))
	}

	chars := strings.Split("abracadabra", "")
	fmt.Println(topK(ngrams(chars, 2), 4))
	fmt.Println(ngrams(words, 20) == nil, len(ngrams(words, 16)))
}
