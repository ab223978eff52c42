package main

import (
	"fmt"
	"sort"
	"unicode/utf8"
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

type pair struct{ a, b string }

type suggestion struct {
	word string
	dist int
}

func suggest(word string, dict []string, max int) []suggestion {
	var out []suggestion
	for _, w := range dict {
		if d := levenshtein(word, w); d <= max {
			out = append(out, suggestion{w, d})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].dist != out[j].dist {
			return out[i].dist < out[j].dist
		}
		return out[i].word < out[j].word
	})
	return out
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var out []byte
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return string(out)
}

func main() {
	pairs := []pair{{"kitten", "sitting"}, {"rosettacode", "raisethysword"}, {"", "abc"},
		{"saturday", "sunday"}, {"héllo", "hello"}, {"日本語", "日本"}}
	for _, p := range pairs {
		fmt.Printf("%-12q %-15q -> %d (runes %d/%d)\n", p.a, p.b, levenshtein(p.a, p.b),
			utf8.RuneCountInString(p.a), utf8.RuneCountInString(p.b))
	}
	dict := []string{"apple", "apply", "ample", "maple", "angle", "apples", "happy", "appeal"}
	for _, w := range []string{"appel", "mapel", "xyz"} {
		s := suggest(w, dict, 2)
		fmt.Printf("%s: %v\n", w, s)
		fmt.Printf("%s: %+v\n", w, s)
	}
	fmt.Printf("lcs(%q,%q) = %q\n", "thisisatest", "testing123testing", lcs("thisisatest", "testing123testing"))
	fmt.Printf("lcs(%q,%q) = %q\n", "1234", "1224533324", lcs("1234", "1224533324"))
}
