package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

type Graph[N cmp.Ordered] struct {
	adj map[N]map[N]int
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N]map[N]int{}} }

func (g *Graph[N]) AddEdge(a, b N, w int) {
	for _, p := range [][2]N{{a, b}, {b, a}} {
		if g.adj[p[0]] == nil {
			g.adj[p[0]] = map[N]int{}
		}
		g.adj[p[0]][p[1]] = w
	}
}

func (g *Graph[N]) Nodes() []N {
	var ns []N
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

type item[N any] struct {
	node N
	dist int
}

type minHeap[N any] []item[N]

func (h minHeap[N]) Len() int           { return len(h) }
func (h minHeap[N]) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h minHeap[N]) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap[N]) Push(x any)        { *h = append(*h, x.(item[N])) }
func (h *minHeap[N]) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func (g *Graph[N]) ShortestPaths(src N) (map[N]int, map[N]N) {
	dist := map[N]int{src: 0}
	prev := map[N]N{}
	h := &minHeap[N]{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item[N])
		if d, ok := dist[cur.node]; ok && cur.dist > d {
			continue
		}
		nbrs := make([]N, 0, len(g.adj[cur.node]))
		for n := range g.adj[cur.node] {
			nbrs = append(nbrs, n)
		}
		slices.Sort(nbrs)
		for _, n := range nbrs {
			nd := cur.dist + g.adj[cur.node][n]
			if d, ok := dist[n]; !ok || nd < d {
				dist[n] = nd
				prev[n] = cur.node
				heap.Push(h, item[N]{n, nd})
			}
		}
	}
	return dist, prev
}

func path[N comparable](prev map[N]N, src, dst N) []N {
	p := []N{dst}
	for dst != src {
		dst = prev[dst]
		p = append(p, dst)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := NewGraph[string]()
	for _, e := range strings.Split("A-B:4 A-C:2 B-C:1 B-D:5 C-D:8 C-E:10 D-E:2 E-F:3", " ") {
		var a, b string
		var w int
		parts := strings.FieldsFunc(e, func(r rune) bool { return r == '-' || r == ':' })
		a, b = parts[0], parts[1]
		fmt.Sscan(parts[2], &w)
		g.AddEdge(a, b, w)
	}
	dist, prev := g.ShortestPaths("A")
	for _, n := range g.Nodes() {
		fmt.Printf("%s: %2d via %v\n", n, dist[n], path(prev, "A", n))
	}
	gi := NewGraph[int]()
	gi.AddEdge(1, 2, 7)
	gi.AddEdge(2, 3, 1)
	d, _ := gi.ShortestPaths(3)
	fmt.Println(d, gi.Nodes(), len(gi.adj[2]))
	fmt.Printf("%v\n", minHeap[string]{{"x", 1}})
}
