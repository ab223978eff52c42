package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Graph[K cmp.Ordered] struct {
	adj map[K][]K
}

func NewGraph[K cmp.Ordered]() *Graph[K] { return &Graph[K]{adj: map[K][]K{}} }

func (g *Graph[K]) AddEdge(from, to K) {
	g.adj[from] = append(g.adj[from], to)
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

func (g *Graph[K]) Nodes() []K {
	var ns []K
	for k := range g.adj {
		ns = append(ns, k)
	}
	slices.Sort(ns)
	return ns
}

// BFS yields nodes in breadth-first order with their depth.
func (g *Graph[K]) BFS(start K) iter.Seq2[K, int] {
	return func(yield func(K, int) bool) {
		seen := map[K]bool{start: true}
		queue := []K{start}
		depth := map[K]int{start: 0}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			if !yield(n, depth[n]) {
				return
			}
			next := slices.Clone(g.adj[n])
			slices.Sort(next)
			for _, m := range next {
				if !seen[m] {
					seen[m] = true
					depth[m] = depth[n] + 1
					queue = append(queue, m)
				}
			}
		}
	}
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph[K]) TopoSort() ([]K, error) {
	indeg := map[K]int{}
	for _, n := range g.Nodes() {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var ready, order []K
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(order) != len(g.adj) {
		return order, fmt.Errorf("sorted %d of %d nodes: %w", len(order), len(g.adj), ErrCycle)
	}
	return order, nil
}

func main() {
	deps := NewGraph[string]()
	for _, e := range [][2]string{{"app", "db"}, {"app", "cache"}, {"db", "disk"}, {"cache", "net"}, {"db", "net"}, {"web", "app"}} {
		deps.AddEdge(e[0], e[1])
	}
	fmt.Println("nodes:", deps.Nodes())
	for n, d := range deps.BFS("web") {
		fmt.Printf("%s%s\n", strings.Repeat("  ", d), n)
	}
	order, err := deps.TopoSort()
	fmt.Println(order, err)

	nums := NewGraph[int]()
	nums.AddEdge(1, 2)
	nums.AddEdge(2, 3)
	nums.AddEdge(3, 1)
	nums.AddEdge(3, 4)
	order2, err := nums.TopoSort()
	fmt.Println(order2, err, errors.Is(err, ErrCycle))
	for n, d := range nums.BFS(1) {
		if d > 1 {
			break
		}
		fmt.Println("near:", n, d)
	}
}
