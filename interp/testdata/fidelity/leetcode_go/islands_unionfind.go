package main

import "fmt"

type UnionFind struct {
	parent, rank []int
	count        int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), count: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
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
	u.count--
	return true
}

func numIslands(grid [][]byte) int {
	rows, cols := len(grid), len(grid[0])
	uf := NewUnionFind(rows * cols)
	water := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] == '0' {
				water++
				continue
			}
			if r+1 < rows && grid[r+1][c] == '1' {
				uf.Union(r*cols+c, (r+1)*cols+c)
			}
			if c+1 < cols && grid[r][c+1] == '1' {
				uf.Union(r*cols+c, r*cols+c+1)
			}
		}
	}
	return uf.count - water
}

func findRedundantConnection(edges [][2]int) [2]int {
	uf := NewUnionFind(len(edges) + 1)
	for _, e := range edges {
		if !uf.Union(e[0], e[1]) {
			return e
		}
	}
	return [2]int{}
}

func toGrid(rows ...string) [][]byte {
	g := make([][]byte, len(rows))
	for i, r := range rows {
		g[i] = []byte(r)
	}
	return g
}

func main() {
	fmt.Println(numIslands(toGrid("11110", "11010", "11000", "00000")))
	fmt.Println(numIslands(toGrid("11000", "11000", "00100", "00011")))
	fmt.Println(numIslands(toGrid("101", "010", "101")))
	fmt.Println(findRedundantConnection([][2]int{{1, 2}, {1, 3}, {2, 3}}))
	fmt.Println(findRedundantConnection([][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}))
	uf := NewUnionFind(6)
	uf.Union(0, 1)
	uf.Union(2, 3)
	uf.Union(1, 3)
	fmt.Printf("%+v\n", *uf)
}
