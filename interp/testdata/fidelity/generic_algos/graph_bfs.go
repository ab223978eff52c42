package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph[K comparable] struct {
	adj map[K][]K
}

func NewGraph[K comparable]() *Graph[K] {
	return &Graph[K]{adj: make(map[K][]K)}
}

func (g *Graph[K]) AddEdge(from, to K) {
	g.adj[from] = append(g.adj[from], to)
	if _, ok := g.adj[to]; !ok {
		g.adj[to] = nil
	}
}

func (g *Graph[K]) BFS(start K, visit func(K, int)) {
	dist := map[K]int{start: 0}
	queue := []K{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		visit(cur, dist[cur])
		for _, n := range g.adj[cur] {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
}

func (g *Graph[K]) ShortestPath(from, to K) ([]K, bool) {
	prev := map[K]K{}
	seen := map[K]bool{from: true}
	queue := []K{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			path := []K{to}
			for path[0] != from {
				path = append([]K{prev[path[0]]}, path...)
			}
			return path, true
		}
		for _, n := range g.adj[cur] {
			if !seen[n] {
				seen[n] = true
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, false
}

func TopoSort[K comparable](g *Graph[K], less func(a, b K) bool) ([]K, error) {
	indeg := map[K]int{}
	for k, outs := range g.adj {
		if _, ok := indeg[k]; !ok {
			indeg[k] = 0
		}
		for _, o := range outs {
			indeg[o]++
		}
	}
	var ready []K
	for k, d := range indeg {
		if d == 0 {
			ready = append(ready, k)
		}
	}
	var order []K
	for len(ready) > 0 {
		sort.Slice(ready, func(i, j int) bool { return less(ready[i], ready[j]) })
		k := ready[0]
		ready = ready[1:]
		order = append(order, k)
		for _, o := range g.adj[k] {
			indeg[o]--
			if indeg[o] == 0 {
				ready = append(ready, o)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("cycle detected: sorted %d of %d nodes", len(order), len(indeg))
	}
	return order, nil
}

type Cell struct{ R, C int }

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"f", "e"}} {
		g.AddEdge(e[0], e[1])
	}
	g.BFS("a", func(n string, d int) { fmt.Printf("%s@%d ", n, d) })
	fmt.Println()
	p, ok := g.ShortestPath("a", "e")
	fmt.Println(strings.Join(p, "->"), ok)
	_, ok = g.ShortestPath("e", "a")
	fmt.Println("e to a:", ok)
	order, err := TopoSort(g, func(a, b string) bool { return a < b })
	fmt.Println(order, err)
	g.AddEdge("e", "a")
	order, err = TopoSort(g, func(a, b string) bool { return a < b })
	fmt.Println(order, err)

	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		".##...#E",
	}
	cg := NewGraph[Cell]()
	var start, end Cell
	for r, row := range grid {
		for c, ch := range row {
			if ch == '#' {
				continue
			}
			if ch == 'S' {
				start = Cell{r, c}
			}
			if ch == 'E' {
				end = Cell{r, c}
			}
			for _, d := range []Cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
				nr, nc := r+d.R, c+d.C
				if nr >= 0 && nr < len(grid) && nc >= 0 && nc < len(row) && grid[nr][nc] != '#' {
					cg.AddEdge(Cell{r, c}, Cell{nr, nc})
				}
			}
		}
	}
	path, ok := cg.ShortestPath(start, end)
	fmt.Println("maze steps:", len(path)-1, ok)
	fmt.Println(path)

	ig := NewGraph[int]()
	for i := 1; i < 10; i++ {
		ig.AddEdge(i, (i*3)%10)
	}
	ig.BFS(1, func(n, d int) { fmt.Print(n, ":", d, " ") })
	fmt.Println()
}
