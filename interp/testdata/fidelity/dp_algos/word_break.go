package main

import (
	"fmt"
	"sort"
	"strings"
)

func wordBreak(s string, dict []string) []string {
	words := map[string]bool{}
	for _, w := range dict {
		words[w] = true
	}
	memo := map[int][]string{}
	var solve func(start int) []string
	solve = func(start int) []string {
		if start == len(s) {
			return []string{""}
		}
		if r, ok := memo[start]; ok {
			return r
		}
		var res []string
		for end := start + 1; end <= len(s); end++ {
			w := s[start:end]
			if !words[w] {
				continue
			}
			for _, rest := range solve(end) {
				if rest == "" {
					res = append(res, w)
				} else {
					res = append(res, w+" "+rest)
				}
			}
		}
		memo[start] = res
		return res
	}
	out := solve(0)
	sort.Strings(out)
	return out
}

func main() {
	dict := strings.Fields("cat cats and sand dog pine apple pen applepen pineapple")

	for _, s := range []string{"catsanddog", "pineapplepenapple", "catsandog", "applepenapple"} {
		res := wordBreak(s, dict)
		fmt.Printf("%s: %d\n", s, len(res))
		for _, r := range res {
			fmt.Println("   ", r)
		}
	}
}
