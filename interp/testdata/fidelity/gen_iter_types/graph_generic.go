// A generic graph keyed by comparable node IDs with BFS and DFS
// iterators, shortest path, and nodes of a struct type.
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Graph[N comparable] struct {
	adj   map[N][]N
	order []N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) add(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N]) Edge(a, b N) {
	g.add(a)
	g.add(b)
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[N]) BFS(start N) iter.Seq2[N, int] {
	return func(yield func(N, int) bool) {
		dist := map[N]int{start: 0}
		q := []N{start}
		for len(q) > 0 {
			n := q[0]
			q = q[1:]
			if !yield(n, dist[n]) {
				return
			}
			for _, m := range g.adj[n] {
				if _, seen := dist[m]; !seen {
					dist[m] = dist[n] + 1
					q = append(q, m)
				}
			}
		}
	}
}

func (g *Graph[N]) DFS(start N) iter.Seq[N] {
	return func(yield func(N) bool) {
		seen := map[N]bool{}
		var visit func(N) bool
		visit = func(n N) bool {
			if seen[n] {
				return true
			}
			seen[n] = true
			if !yield(n) {
				return false
			}
			for _, m := range g.adj[n] {
				if !visit(m) {
					return false
				}
			}
			return true
		}
		visit(start)
	}
}

func (g *Graph[N]) Path(from, to N) []N {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	q := []N{from}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		if n == to {
			path := []N{to}
			for path[len(path)-1] != from {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				q = append(q, m)
			}
		}
	}
	return nil
}

type Cell struct{ R, C int }

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}} {
		g.Edge(e[0], e[1])
	}
	for n, d := range g.BFS("a") {
		fmt.Printf("%s:%d ", n, d)
	}
	fmt.Println()
	fmt.Println(slices.Collect(g.DFS("a")), g.Path("a", "e"), g.Path("a", "x"))
	for n := range g.DFS("e") {
		if n == "b" {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

	grid := NewGraph[Cell]()
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if c+1 < 3 && !(r == 1 && c == 0) {
				grid.Edge(Cell{r, c}, Cell{r, c + 1})
			}
			if r+1 < 3 && c != 1 {
				grid.Edge(Cell{r, c}, Cell{r + 1, c})
			}
		}
	}
	fmt.Println(grid.Path(Cell{0, 0}, Cell{2, 2}))
	far := 0
	for _, d := range grid.BFS(Cell{1, 1}) {
		far = max(far, d)
	}
	fmt.Println("farthest:", far, len(grid.order))
}
