package main

import (
	"fmt"
	"sort"
)

type Graph[N comparable] struct {
	adj map[N][]N
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{adj: map[N][]N{}}
}

func (g *Graph[N]) AddEdge(a, b N) {
	g.adj[a] = append(g.adj[a], b)
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

// FindCycle returns one cycle reachable from start, or nil.
func (g *Graph[N]) FindCycle(start N) []N {
	const (
		white = iota
		grey
		black
	)
	color := map[N]int{}
	var stack []N
	var found []N
	var visit func(n N) bool
	visit = func(n N) bool {
		color[n] = grey
		stack = append(stack, n)
		for _, m := range g.adj[n] {
			switch color[m] {
			case grey:
				for i, s := range stack {
					if s == m {
						found = append(append([]N{}, stack[i:]...), m)
						return true
					}
				}
			case white:
				if visit(m) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		return false
	}
	visit(start)
	return found
}

func main() {
	g := NewGraph[string]()
	g.AddEdge("a", "b")
	g.AddEdge("b", "c")
	g.AddEdge("c", "d")
	g.AddEdge("d", "b")
	fmt.Println(g.FindCycle("a"))

	h := NewGraph[int]()
	for i := 0; i < 5; i++ {
		h.AddEdge(i, i+1)
	}
	fmt.Println(h.FindCycle(0), len(h.adj))

	keys := make([]int, 0)
	for k := range h.adj {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
}
