package main

import (
	"fmt"
	"strings"
)

var dict = strings.Fields(`cold cord card ward warm word worm wore core care dare date gate gold bold bolt boat coat cost most mist`)

type Graph struct {
	adj map[string][]string
}

func differByOne(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	d := 0
	for i := range len(a) {
		if a[i] != b[i] {
			d++
		}
	}
	return d == 1
}

func build(words []string) *Graph {
	g := &Graph{adj: make(map[string][]string, len(words))}
	buckets := map[string][]string{}
	for _, w := range words {
		for i := range w {
			key := w[:i] + "_" + w[i+1:]
			buckets[key] = append(buckets[key], w)
		}
	}
	for _, w := range words {
		for i := range w {
			for _, o := range buckets[w[:i]+"_"+w[i+1:]] {
				if o != w {
					g.adj[w] = append(g.adj[w], o)
				}
			}
		}
	}
	return g
}

func (g *Graph) ladder(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = prev[n] {
				path = append(path, n)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path
		}
		for _, nb := range g.adj[cur] {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func (g *Graph) components(words []string) [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, w := range words {
		if seen[w] {
			continue
		}
		var comp []string
		stack := []string{w}
		seen[w] = true
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, n)
			for _, nb := range g.adj[n] {
				if !seen[nb] {
					seen[nb] = true
					stack = append(stack, nb)
				}
			}
		}
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := build(dict)
	for _, q := range [][2]string{{"cold", "warm"}, {"gold", "most"}, {"card", "gate"}, {"cold", "cold"}, {"boat", "word"}} {
		p := g.ladder(q[0], q[1])
		if p == nil {
			fmt.Printf("%s -> %s: no ladder\n", q[0], q[1])
			continue
		}
		fmt.Printf("%s -> %s: %d steps %v\n", q[0], q[1], len(p)-1, p)
	}
	for i, c := range g.components(dict) {
		fmt.Println(i, len(c), c)
	}
	fmt.Println(differByOne("abc", "abd"), differByOne("abc", "abcd"), len(g.adj["core"]))
}
