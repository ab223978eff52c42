package main

import "fmt"

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

func closest(word string, dict []string) (string, int) {
	best, bestD := "", -1
	for _, d := range dict {
		if dist := levenshtein(word, d); bestD < 0 || dist < bestD {
			best, bestD = d, dist
		}
	}
	return best, bestD
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"naïve", "naive"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("%q -> %q: %d\n", p[0], p[1], levenshtein(p[0], p[1]))
	}

	dict := []string{"apple", "banana", "orange", "grape", "pineapple"}
	for _, w := range []string{"appel", "banan", "grap", "oranje"} {
		s, d := closest(w, dict)
		fmt.Printf("did you mean %s? (%d)\n", s, d)
	}
}
