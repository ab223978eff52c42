package main

import (
	"fmt"
	"sort"
)

type UnionFind struct {
	parent []int
	rank   []int
	count  int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), count: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

func (uf *UnionFind) Find(x int) int {
	for uf.parent[x] != x {
		uf.parent[x] = uf.parent[uf.parent[x]]
		x = uf.parent[x]
	}
	return x
}

func (uf *UnionFind) Union(a, b int) bool {
	ra, rb := uf.Find(a), uf.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case uf.rank[ra] < uf.rank[rb]:
		ra, rb = rb, ra
	case uf.rank[ra] == uf.rank[rb]:
		uf.rank[ra]++
	}
	uf.parent[rb] = ra
	uf.count--
	return true
}

func findCircleNum(isConnected [][]int) int {
	uf := NewUnionFind(len(isConnected))
	for i := range isConnected {
		for j := i + 1; j < len(isConnected); j++ {
			if isConnected[i][j] == 1 {
				uf.Union(i, j)
			}
		}
	}
	return uf.count
}

func findRedundantConnection(edges [][]int) []int {
	uf := NewUnionFind(len(edges) + 1)
	for _, e := range edges {
		if !uf.Union(e[0], e[1]) {
			return e
		}
	}
	return nil
}

type Edge struct {
	U, V, W int
}

func kruskal(n int, edges []Edge) (int, []Edge) {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].W != edges[j].W {
			return edges[i].W < edges[j].W
		}
		return edges[i].U < edges[j].U
	})
	uf := NewUnionFind(n)
	total := 0
	var used []Edge
	for _, e := range edges {
		if uf.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	fmt.Println(findCircleNum([][]int{{1, 1, 0}, {1, 1, 0}, {0, 0, 1}}))
	fmt.Println(findCircleNum([][]int{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}))
	fmt.Println(findRedundantConnection([][]int{{1, 2}, {1, 3}, {2, 3}}))
	fmt.Println(findRedundantConnection([][]int{{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}))

	edges := []Edge{{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4},
		{3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7}}
	total, used := kruskal(9, edges)
	fmt.Println("MST weight:", total)
	for _, e := range used {
		fmt.Printf("  %d-%d (%d)\n", e.U, e.V, e.W)
	}
	fmt.Printf("%+v\n", used[0])

	uf := NewUnionFind(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {8, 9}, {6, 9}}
	for _, p := range pairs {
		uf.Union(p[0], p[1])
	}
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println("components:", uf.count, gs)
}
