package main

import (
	"cmp"
	"container/heap"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Edge[N comparable] struct {
	To     N
	Weight int
}

type Graph[N cmp.Ordered] struct {
	adj map[N][]Edge[N]
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N][]Edge[N]{}} }

func (g *Graph[N]) AddEdge(a, b N, w int, both bool) {
	g.adj[a] = append(g.adj[a], Edge[N]{b, w})
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
	if both {
		g.adj[b] = append(g.adj[b], Edge[N]{a, w})
	}
}

func (g *Graph[N]) Nodes() []N {
	ns := make([]N, 0, len(g.adj))
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

type pq[N cmp.Ordered] []item[N]

func (q pq[N]) Len() int { return len(q) }
func (q pq[N]) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq[N]) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq[N]) Push(x any)   { *q = append(*q, x.(item[N])) }
func (q *pq[N]) Pop() any {
	o := *q
	it := o[len(o)-1]
	*q = o[:len(o)-1]
	return it
}

var ErrNoPath = errors.New("no path")

func (g *Graph[N]) ShortestPath(src, dst N) ([]N, int, error) {
	dist := map[N]int{src: 0}
	prev := map[N]N{}
	done := map[N]bool{}
	q := &pq[N]{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item[N])
		if done[cur.node] {
			continue
		}
		done[cur.node] = true
		if cur.node == dst {
			break
		}
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, item[N]{e.To, nd})
			}
		}
	}
	d, ok := dist[dst]
	if !ok {
		return nil, 0, fmt.Errorf("%v -> %v: %w", src, dst, ErrNoPath)
	}
	path := []N{dst}
	for n := dst; n != src; {
		n = prev[n]
		path = append(path, n)
	}
	slices.Reverse(path)
	return path, d, nil
}

func (g *Graph[N]) BFS(src N, visit func(n N, depth int)) {
	seen := map[N]bool{src: true}
	frontier := []N{src}
	for depth := 0; len(frontier) > 0; depth++ {
		var next []N
		for _, n := range frontier {
			visit(n, depth)
			for _, e := range g.adj[n] {
				if !seen[e.To] {
					seen[e.To] = true
					next = append(next, e.To)
				}
			}
		}
		slices.Sort(next)
		frontier = next
	}
}

type City string

func main() {
	g := NewGraph[string]()
	for _, e := range strings.Fields("A-B:4 A-C:2 B-C:5 B-D:10 C-E:3 E-D:4 D-F:11 E-F:20 G-H:1") {
		var a, b string
		var w int
		parts := strings.FieldsFunc(e, func(r rune) bool { return r == '-' || r == ':' })
		a, b = parts[0], parts[1]
		fmt.Sscan(parts[2], &w)
		g.AddEdge(a, b, w, true)
	}
	fmt.Println("nodes:", g.Nodes())
	for _, pair := range [][2]string{{"A", "D"}, {"A", "F"}, {"B", "E"}, {"A", "G"}, {"H", "G"}, {"A", "A"}} {
		path, d, err := g.ShortestPath(pair[0], pair[1])
		if err != nil {
			fmt.Printf("%s->%s: %v (no path: %t)\n", pair[0], pair[1], err, errors.Is(err, ErrNoPath))
			continue
		}
		fmt.Printf("%s->%s: %-15s %3d\n", pair[0], pair[1], strings.Join(path, ">"), d)
	}
	levels := map[int][]string{}
	g.BFS("A", func(n string, d int) { levels[d] = append(levels[d], n) })
	fmt.Println(levels)

	ig := NewGraph[int]()
	for i := 1; i <= 12; i++ {
		for _, m := range []int{2, 3} {
			if i*m <= 12 {
				ig.AddEdge(i, i*m, m, false)
			}
		}
		if i > 1 {
			ig.AddEdge(i, i-1, 1, false)
		}
	}
	p, d, err := ig.ShortestPath(1, 11)
	fmt.Println(p, d, err)
	p, d, err = ig.ShortestPath(7, 12)
	fmt.Println(p, d, err)
	cg := NewGraph[City]()
	cg.AddEdge("Oslo", "Bergen", 463, true)
	cg.AddEdge("Oslo", "Trondheim", 494, true)
	cg.AddEdge("Bergen", "Trondheim", 698, true)
	cp, cd, _ := cg.ShortestPath("Bergen", "Trondheim")
	fmt.Printf("%v %d %T\n", cp, cd, cp)
}
