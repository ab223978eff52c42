package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Graph struct {
	adj map[string]map[string]int
}

func NewGraph() *Graph { return &Graph{adj: map[string]map[string]int{}} }

func (g *Graph) AddEdge(a, b string, w int) {
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if g.adj[p[0]] == nil {
			g.adj[p[0]] = map[string]int{}
		}
		g.adj[p[0]][p[1]] = w
	}
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

type item struct {
	node string
	dist int
}
type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	return p[i].dist < p[j].dist || p[i].dist == p[j].dist && p[i].node < p[j].node
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() any {
	o := *p
	x := o[len(o)-1]
	*p = o[:len(o)-1]
	return x
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for _, n := range g.Nodes() {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, nb := range slices.Sorted(func(yield func(string) bool) {
			for k := range g.adj[cur.node] {
				if !yield(k) {
					return
				}
			}
		}) {
			nd := cur.dist + g.adj[cur.node][nb]
			if nd < dist[nb] {
				dist[nb] = nd
				prev[nb] = cur.node
				heap.Push(h, item{nb, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	p := []string{to}
	for {
		f, ok := prev[p[0]]
		if !ok {
			return p
		}
		p = append([]string{f}, p...)
	}
}

func (g *Graph) DFS(start string, visit func(string, int)) {
	seen := map[string]bool{}
	var rec func(string, int)
	rec = func(n string, depth int) {
		seen[n] = true
		visit(n, depth)
		for _, nb := range g.Nodes() {
			if _, ok := g.adj[n][nb]; ok && !seen[nb] {
				rec(nb, depth+1)
			}
		}
	}
	rec(start, 0)
}

func main() {
	g := NewGraph()
	edges := "A-B:7 A-C:9 A-F:14 B-C:10 B-D:15 C-D:11 C-F:2 D-E:6 E-F:9 G-H:1"
	for _, e := range strings.Fields(edges) {
		var a, b string
		var w int
		ends, weight, _ := strings.Cut(e, ":")
		a, b, _ = strings.Cut(ends, "-")
		fmt.Sscan(weight, &w)
		g.AddEdge(a, b, w)
	}
	fmt.Println("nodes:", g.Nodes())
	dist, prev := g.Dijkstra("A")
	for _, n := range g.Nodes() {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path(prev, n), "->"))
	}
	g.DFS("A", func(n string, d int) { fmt.Printf("%s%s\n", strings.Repeat("  ", d), n) })
}
