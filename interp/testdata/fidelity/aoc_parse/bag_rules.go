// Nested bag rules (AoC 2020 day 7 style): string splitting into a graph,
// then memoized recursion in both directions.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const rules = `light red bags contain 1 bright white bag, 2 muted yellow bags.
dark orange bags contain 3 bright white bags, 4 muted yellow bags.
bright white bags contain 1 shiny gold bag.
muted yellow bags contain 2 shiny gold bags, 9 faded blue bags.
shiny gold bags contain 1 dark olive bag, 2 vibrant plum bags.
dark olive bags contain 3 faded blue bags, 4 dotted black bags.
vibrant plum bags contain 5 faded blue bags, 6 dotted black bags.
faded blue bags contain no other bags.
dotted black bags contain no other bags.`

type Content struct {
	N     int
	Color string
}

type Graph map[string][]Content

func parse(s string) Graph {
	g := Graph{}
	for _, line := range strings.Split(s, "\n") {
		outer, inner, _ := strings.Cut(strings.TrimSuffix(line, "."), " bags contain ")
		g[outer] = nil
		if inner == "no other bags" {
			continue
		}
		for _, part := range strings.Split(inner, ", ") {
			words := strings.Fields(part)
			n, _ := strconv.Atoi(words[0])
			g[outer] = append(g[outer], Content{n, words[1] + " " + words[2]})
		}
	}
	return g
}

func (g Graph) canHold(target string) []string {
	memo := map[string]bool{}
	var holds func(c string) bool
	holds = func(c string) bool {
		if v, ok := memo[c]; ok {
			return v
		}
		memo[c] = false
		for _, in := range g[c] {
			if in.Color == target || holds(in.Color) {
				memo[c] = true
				break
			}
		}
		return memo[c]
	}
	var out []string
	for c := range g {
		if holds(c) {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

func (g Graph) inside(color string, memo map[string]int) int {
	if v, ok := memo[color]; ok {
		return v
	}
	total := 0
	for _, in := range g[color] {
		total += in.N * (1 + g.inside(in.Color, memo))
	}
	memo[color] = total
	return total
}

func main() {
	g := parse(rules)
	fmt.Println(len(g), "colors")
	fmt.Println(g["muted yellow"])

	outer := g.canHold("shiny gold")
	fmt.Println("part 1:", len(outer), outer)

	memo := map[string]int{}
	fmt.Println("part 2:", g.inside("shiny gold", memo))
	keys := make([]string, 0, len(memo))
	for k := range memo {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if memo[keys[i]] != memo[keys[j]] {
			return memo[keys[i]] > memo[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("  %-13s %d\n", k, memo[k])
	}
}
