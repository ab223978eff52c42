package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	votes := map[string]int{"alice": 12, "bob": 30, "carol": 12, "dan": 5}
	names := make([]string, 0, len(votes))
	for n := range votes {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if votes[a] != votes[b] {
			return votes[b] - votes[a]
		}
		return strings.Compare(a, b)
	})
	for rank, n := range names {
		fmt.Printf("#%d %-6s %2d %s\n", rank+1, n, votes[n], strings.Repeat("*", votes[n]/3))
	}
}
