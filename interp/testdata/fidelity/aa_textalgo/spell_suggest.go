package main

import (
	"fmt"
	"sort"
	"strings"
)

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

type Suggestion struct {
	Word string
	Dist int
	Freq int
}

type bySuggestion []Suggestion

func (s bySuggestion) Len() int      { return len(s) }
func (s bySuggestion) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s bySuggestion) Less(i, j int) bool {
	if s[i].Dist != s[j].Dist {
		return s[i].Dist < s[j].Dist
	}
	if s[i].Freq != s[j].Freq {
		return s[i].Freq > s[j].Freq
	}
	return s[i].Word < s[j].Word
}

const corpus = `the quick brown fox jumps over the lazy dog the dog barks
a fox is quick and the dog is lazy but the cat is quicker than both
brown bread and brown rice are quite nice the end`

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields(corpus) {
		freq[w]++
	}
	typos := []string{"teh", "quikc", "brwn", "dgo", "lazzy", "nice", "qiute", "xyzzy"}
	for _, t := range typos {
		if _, ok := freq[t]; ok {
			fmt.Printf("%-6s ok\n", t)
			continue
		}
		var cands bySuggestion
		for w, f := range freq {
			if d := levenshtein(t, w); d <= 2 {
				cands = append(cands, Suggestion{w, d, f})
			}
		}
		sort.Sort(cands)
		if len(cands) > 3 {
			cands = cands[:3]
		}
		if len(cands) == 0 {
			fmt.Printf("%-6s no suggestion\n", t)
			continue
		}
		fmt.Printf("%-6s -> %v\n", t, cands)
	}
	fmt.Println(levenshtein("kitten", "sitting"), levenshtein("héllo", "hello"), levenshtein("", "abc"))
}
