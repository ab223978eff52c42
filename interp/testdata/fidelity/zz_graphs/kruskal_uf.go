package main

import (
	"fmt"
	"slices"
	"strings"
)

type UnionFind struct {
	parent, rank []int
	sets         int
}

func NewUF(n int) *UnionFind {
	u := &UnionFind{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		ra, rb = rb, ra
	case u.rank[ra] == u.rank[rb]:
		u.rank[ra]++
	}
	u.parent[rb] = ra
	u.sets--
	return true
}

type Edge struct{ A, B, W int }

func (e Edge) String() string { return fmt.Sprintf("%c-%c(%d)", 'A'+e.A, 'A'+e.B, e.W) }

func kruskal(n int, edges []Edge) ([]Edge, int) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(x, y Edge) int { return x.W - y.W })
	uf := NewUF(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7},
		{2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	tree, total := kruskal(7, edges)
	fmt.Println(tree, total)

	uf := NewUF(10)
	pairs := [][2]int{{1, 2}, {3, 4}, {2, 4}, {5, 6}, {1, 3}, {7, 7}, {8, 9}, {6, 9}}
	for _, p := range pairs {
		fmt.Printf("union%v=%-5t ", p, uf.Union(p[0], p[1]))
	}
	fmt.Println("\nsets:", uf.sets)
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var lines []string
	for _, g := range groups {
		lines = append(lines, fmt.Sprint(g))
	}
	slices.Sort(lines)
	fmt.Println(strings.Join(lines, " "))
	fmt.Println(uf.Find(4) == uf.Find(1), uf.Find(0) == uf.Find(5))
}
