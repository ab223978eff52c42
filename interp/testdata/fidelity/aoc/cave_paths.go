package main

import (
	"fmt"
	"strings"
	"unicode"
)

const input = `start-A
start-b
A-c
A-b
b-d
A-end
b-end`

type Graph map[string][]string

func parse(s string) Graph {
	g := Graph{}
	for _, line := range strings.Split(s, "\n") {
		a, b, ok := strings.Cut(line, "-")
		if !ok {
			continue
		}
		g[a] = append(g[a], b)
		g[b] = append(g[b], a)
	}
	return g
}

func isSmall(name string) bool {
	return unicode.IsLower(rune(name[0]))
}

func (g Graph) count(cur string, visited map[string]int, allowTwice bool, path []string, show bool) int {
	if cur == "end" {
		if show {
			fmt.Println(strings.Join(append(path, "end"), ","))
		}
		return 1
	}
	total := 0
	for _, next := range g[cur] {
		if next == "start" {
			continue
		}
		twice := allowTwice
		if isSmall(next) && visited[next] > 0 {
			if !allowTwice {
				continue
			}
			twice = false
		}
		visited[next]++
		total += g.count(next, visited, twice, append(path, cur), show)
		visited[next]--
	}
	return total
}

func main() {
	g := parse(input)
	fmt.Println("nodes:", len(g))
	p1 := g.count("start", map[string]int{}, false, nil, true)
	fmt.Println("Part 1:", p1)
	p2 := g.count("start", map[string]int{}, true, nil, false)
	fmt.Println("Part 2:", p2)
}
