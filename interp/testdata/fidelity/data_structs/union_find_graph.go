package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent, rank, size []int
	sets               int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), size: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type Edge struct {
	U, V string
	W    int
}

func kruskal(nodes []string, edges []Edge) ([]Edge, int) {
	idx := map[string]int{}
	for i, n := range nodes {
		idx[n] = i
	}
	sorted := make([]Edge, len(edges))
	copy(sorted, edges)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	d := NewDSU(len(nodes))
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if d.Union(idx[e.U], idx[e.V]) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {5, 6}, {0, 2}, {7, 8}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d)=%v sets=%d\n", p[0], p[1], d.Union(p[0], p[1]), d.sets)
	}
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println("groups:", gs)
	fmt.Println("size of 0's set:", d.size[d.Find(0)], "connected(3,0):", d.Find(3) == d.Find(0))

	nodes := strings.Fields("A B C D E F")
	edges := []Edge{
		{"A", "B", 4}, {"A", "C", 4}, {"B", "C", 2}, {"C", "D", 3},
		{"C", "E", 2}, {"C", "F", 4}, {"D", "F", 3}, {"E", "F", 3},
	}
	tree, total := kruskal(nodes, edges)
	for _, e := range tree {
		fmt.Printf("%s-%s (%d)\n", e.U, e.V, e.W)
	}
	fmt.Println("MST weight:", total, "edges:", len(tree))
}
