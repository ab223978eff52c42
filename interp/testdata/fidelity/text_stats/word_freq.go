package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	fmt.Println("words:", len(words))

	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	var wc []WordCount
	for w, c := range counts {
		wc = append(wc, WordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})

	for _, x := range wc[:6] {
		fmt.Printf("%-8s %2d %s\n", x.Word, x.Count, strings.Repeat("#", x.Count))
	}
	fmt.Println("distinct:", len(wc))
}
