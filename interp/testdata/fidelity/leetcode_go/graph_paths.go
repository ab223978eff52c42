package main

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

type entry struct {
	node string
	dist int
	idx  int
}

type PQ []*entry

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	if p[i].dist == p[j].dist {
		return p[i].node < p[j].node
	}
	return p[i].dist < p[j].dist
}
func (p PQ) Swap(i, j int) {
	p[i], p[j] = p[j], p[i]
	p[i].idx = i
	p[j].idx = j
}
func (p *PQ) Push(x any) {
	e := x.(*entry)
	e.idx = len(*p)
	*p = append(*p, e)
}
func (p *PQ) Pop() any {
	old := *p
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*p = old[:len(old)-1]
	return e
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	items := map[string]*entry{}
	pq := PQ{}
	for n := range g {
		d := math.MaxInt
		if n == src {
			d = 0
		}
		dist[n] = d
		e := &entry{node: n, dist: d}
		items[n] = e
		heap.Push(&pq, e)
	}
	for pq.Len() > 0 {
		e := heap.Pop(&pq).(*entry)
		if e.dist == math.MaxInt {
			break
		}
		for _, ed := range g[e.node] {
			nd := e.dist + ed.Weight
			if nd < dist[ed.To] {
				dist[ed.To] = nd
				prev[ed.To] = e.node
				it := items[ed.To]
				it.dist = nd
				heap.Fix(&pq, it.idx)
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for cur, ok := to, true; ok; cur, ok = prev[cur] {
		p = append([]string{cur}, p...)
	}
	return p
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 4)
	g.AddEdge("A", "C", 2)
	g.AddEdge("B", "C", 5)
	g.AddEdge("B", "D", 10)
	g.AddEdge("C", "E", 3)
	g.AddEdge("E", "D", 4)
	g.AddEdge("D", "F", 11)
	g["Z"] = nil
	dist, prev := g.Dijkstra("A")
	names := make([]string, 0, len(dist))
	for n := range dist {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %2d via %v\n", n, dist[n], path(prev, n))
	}
}
