package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) AddEdge(a, b string, w int) {
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

type item struct {
	node  string
	dist  int
	index int
}

type pq []*item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq) Push(x any) {
	it := x.(*item)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	*q = old[:n-1]
	return it
}

var ErrNoPath = errors.New("no path")

func (g *Graph) ShortestPath(from, to string) ([]string, int, error) {
	dist := map[string]int{from: 0}
	prev := map[string]string{}
	q := &pq{{node: from}}
	visited := map[string]bool{}
	for q.Len() > 0 {
		cur := heap.Pop(q).(*item)
		if visited[cur.node] {
			continue
		}
		visited[cur.node] = true
		if cur.node == to {
			break
		}
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, &item{node: e.To, dist: nd})
			}
		}
	}
	d, ok := dist[to]
	if !ok {
		return nil, math.MaxInt, fmt.Errorf("%s -> %s: %w", from, to, ErrNoPath)
	}
	path := []string{to}
	for n := to; n != from; {
		n = prev[n]
		path = append([]string{n}, path...)
	}
	return path, d, nil
}

func main() {
	g := NewGraph()
	for _, e := range []struct {
		a, b string
		w    int
	}{{"a", "b", 7}, {"a", "c", 9}, {"a", "f", 14}, {"b", "c", 10}, {"b", "d", 15},
		{"c", "d", 11}, {"c", "f", 2}, {"d", "e", 6}, {"e", "f", 9}, {"x", "y", 1}} {
		g.AddEdge(e.a, e.b, e.w)
	}
	nodes := make([]string, 0, len(g.adj))
	for n := range g.adj {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		var parts []string
		for _, e := range g.adj[n] {
			parts = append(parts, fmt.Sprintf("%s(%d)", e.To, e.Weight))
		}
		fmt.Printf("%s: %s\n", n, strings.Join(parts, " "))
	}
	for _, q := range [][2]string{{"a", "e"}, {"a", "d"}, {"f", "b"}, {"a", "x"}, {"e", "e"}} {
		path, d, err := g.ShortestPath(q[0], q[1])
		if errors.Is(err, ErrNoPath) {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s -> %s: %v (%d)\n", q[0], q[1], path, d)
	}
}
