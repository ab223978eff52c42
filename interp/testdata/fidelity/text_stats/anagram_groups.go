package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func signature(w string) string {
	r := []rune(strings.ToLower(w))
	slices.Sort(r)
	return string(r)
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"}

	groups := map[string][]string{}
	for _, w := range words {
		sig := signature(w)
		groups[sig] = append(groups[sig], w)
	}

	var result [][]string
	for _, g := range groups {
		sort.Strings(g)
		result = append(result, g)
	}
	sort.Slice(result, func(i, j int) bool {
		if len(result[i]) != len(result[j]) {
			return len(result[i]) > len(result[j])
		}
		return result[i][0] < result[j][0]
	})

	for _, g := range result {
		fmt.Println(len(g), g)
	}
	fmt.Printf("%q\n", signature("Mississippi"))
}
