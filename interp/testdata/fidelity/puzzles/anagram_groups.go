package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func key(w string) string {
	r := []rune(w)
	slices.Sort(r)
	return string(r)
}

func main() {
	words := strings.Fields("eat tea tan ate nat bat tab listen silent enlist google")
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	var out [][]string
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i][0] < out[j][0]
	})
	for _, g := range out {
		fmt.Println(g)
	}
}
