package main

import (
	"fmt"
	"slices"
	"strings"
)

type Graph[N comparable] struct {
	adj   map[N][]N
	nodes []N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph[N]) AddEdge(a, b N) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], b)
}

func (g *Graph[N]) BFS(start N, visit func(N, int)) {
	dist := map[N]int{start: 0}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		visit(n, dist[n])
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
}

func (g *Graph[N]) Path(from, to N) ([]N, bool) {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	queue := []N{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			path := []N{to}
			for path[len(path)-1] != from {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path, true
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil, false
}

func (g *Graph[N]) TopoSort() ([]N, error) {
	indeg := map[N]int{}
	for _, n := range g.nodes {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var queue, order []N
	for _, n := range g.nodes {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	if len(order) != len(g.nodes) {
		return order, fmt.Errorf("cycle detected: sorted %d of %d nodes", len(order), len(g.nodes))
	}
	return order, nil
}

type Cell struct{ R, C int }

func main() {
	deps := NewGraph[string]()
	for _, e := range []string{"shirt>tie", "tie>jacket", "pants>shoes", "pants>belt", "belt>jacket", "shirt>belt", "socks>shoes"} {
		a, b, _ := strings.Cut(e, ">")
		deps.AddEdge(a, b)
	}
	order, err := deps.TopoSort()
	fmt.Println(order, err)
	deps.AddEdge("jacket", "shirt")
	order, err = deps.TopoSort()
	fmt.Println(order, err)

	grid := []string{
		"S.#.",
		"..#.",
		"....",
		"#.#E",
	}
	g := NewGraph[Cell]()
	var start, end Cell
	for r, row := range grid {
		for c, ch := range row {
			if ch == '#' {
				continue
			}
			switch ch {
			case 'S':
				start = Cell{r, c}
			case 'E':
				end = Cell{r, c}
			}
			for _, d := range []Cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
				nr, nc := r+d.R, c+d.C
				if nr >= 0 && nr < len(grid) && nc >= 0 && nc < len(row) && grid[nr][nc] != '#' {
					g.AddEdge(Cell{r, c}, Cell{nr, nc})
				}
			}
		}
	}
	path, ok := g.Path(start, end)
	fmt.Println(ok, len(path)-1, path)
	far := 0
	g.BFS(start, func(c Cell, d int) { far = max(far, d) })
	fmt.Println("farthest:", far)
	_, ok = g.Path(end, Cell{9, 9})
	fmt.Println(ok)
}
