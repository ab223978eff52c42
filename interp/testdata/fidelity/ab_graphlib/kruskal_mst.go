package main

import (
	"fmt"
	"iter"
	"math"
	"sort"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }

type DSU[T comparable] struct {
	parent map[T]T
	size   map[T]int
}

func NewDSU[T comparable](items ...T) *DSU[T] {
	d := &DSU[T]{parent: map[T]T{}, size: map[T]int{}}
	for _, it := range items {
		d.parent[it] = it
		d.size[it] = 1
	}
	return d
}

func (d *DSU[T]) Find(x T) T {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

func (d *DSU[T]) Groups() map[T][]T {
	g := map[T][]T{}
	for x := range d.parent {
		r := d.Find(x)
		g[r] = append(g[r], x)
	}
	return g
}

type WEdge struct {
	A, B string
	W    float64
}

func pairs[T any](xs []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				if !yield(xs[i], xs[j]) {
					return
				}
			}
		}
	}
}

type Site struct {
	Name string
	At   Point
}

func main() {
	sites := []Site{
		{"depot", Point{0, 0}}, {"mill", Point{3, 4}}, {"farm", Point{6, 0}},
		{"lake", Point{10, 10}}, {"town", Point{4, 9}}, {"mine", Point{12, 3}},
		{"port", Point{-5, 2}},
	}
	var edges []WEdge
	for a, b := range pairs(sites) {
		edges = append(edges, WEdge{a.Name, b.Name, math.Round(a.At.Dist(b.At)*100) / 100})
	}
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].W < edges[j].W })
	fmt.Println("edges:", len(edges), "shortest:", edges[:3])
	names := make([]string, len(sites))
	for i, s := range sites {
		names[i] = s.Name
	}
	d := NewDSU(names...)
	var tree []WEdge
	total := 0.0
	for _, e := range edges {
		if d.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.W
		}
		if len(tree) == len(sites)-1 {
			break
		}
	}
	for _, e := range tree {
		fmt.Printf("  %-6s - %-6s %6.2f\n", e.A, e.B, e.W)
	}
	fmt.Printf("total %.2f with %d edges\n", total, len(tree))

	// clustering: stop at k components
	for _, k := range []int{2, 3, 4} {
		dk := NewDSU(names...)
		comps := len(names)
		for _, e := range edges {
			if comps == k {
				break
			}
			if dk.Union(e.A, e.B) {
				comps--
			}
		}
		var groups []string
		for _, g := range dk.Groups() {
			sort.Strings(g)
			groups = append(groups, strings.Join(g, "+"))
		}
		sort.Strings(groups)
		fmt.Printf("k=%d %v\n", k, groups)
	}
	nd := NewDSU(1, 2, 3, 4, 5, 6, 7, 8)
	for _, p := range [][2]int{{1, 2}, {3, 4}, {2, 4}, {5, 6}, {1, 3}, {7, 7}} {
		fmt.Print(nd.Union(p[0], p[1]), " ")
	}
	fmt.Println(nd.Find(4) == nd.Find(1), nd.size[nd.Find(1)], len(nd.Groups()))
	fmt.Printf("%v %+v\n", sites[1], tree[0])
}
