// Grid and graph problems: number of islands (DFS), course schedule
// (Kahn's topological sort), word ladder (BFS) and union-find.
package main

import (
	"fmt"
	"strings"
)

func numIslands(grid []string) int {
	g := make([][]byte, len(grid))
	for i, row := range grid {
		g[i] = []byte(row)
	}
	var sink func(r, c int)
	sink = func(r, c int) {
		if r < 0 || c < 0 || r >= len(g) || c >= len(g[r]) || g[r][c] != '1' {
			return
		}
		g[r][c] = '0'
		sink(r+1, c)
		sink(r-1, c)
		sink(r, c+1)
		sink(r, c-1)
	}
	n := 0
	for r := range g {
		for c := range g[r] {
			if g[r][c] == '1' {
				n++
				sink(r, c)
			}
		}
	}
	return n
}

func courseOrder(n int, prereq [][2]int) ([]int, bool) {
	indeg := make([]int, n)
	adj := make([][]int, n)
	for _, p := range prereq {
		adj[p[1]] = append(adj[p[1]], p[0])
		indeg[p[0]]++
	}
	var queue, order []int
	for i, d := range indeg {
		if d == 0 {
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		order = append(order, c)
		for _, nx := range adj[c] {
			if indeg[nx]--; indeg[nx] == 0 {
				queue = append(queue, nx)
			}
		}
	}
	return order, len(order) == n
}

func ladder(begin, end string, words []string) int {
	dict := map[string]bool{}
	for _, w := range words {
		dict[w] = true
	}
	if !dict[end] {
		return 0
	}
	type state struct {
		w     string
		steps int
	}
	q := []state{{begin, 1}}
	seen := map[string]bool{begin: true}
	for len(q) > 0 {
		s := q[0]
		q = q[1:]
		if s.w == end {
			return s.steps
		}
		b := []byte(s.w)
		for i := range b {
			orig := b[i]
			for ch := byte('a'); ch <= 'z'; ch++ {
				b[i] = ch
				nw := string(b)
				if dict[nw] && !seen[nw] {
					seen[nw] = true
					q = append(q, state{nw, s.steps + 1})
				}
			}
			b[i] = orig
		}
	}
	return 0
}

type DSU struct{ parent, size []int }

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
	for i := range d.parent {
		d.parent[i], d.size[i] = i, 1
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
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

func main() {
	grid := strings.Fields(`11000 11000 00100 00011`)
	fmt.Println(numIslands(grid), numIslands([]string{"111", "010", "111"}))

	fmt.Println(courseOrder(4, [][2]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}}))
	fmt.Println(courseOrder(2, [][2]int{{1, 0}, {0, 1}}))

	fmt.Println(ladder("hit", "cog", []string{"hot", "dot", "dog", "lot", "log", "cog"}))
	fmt.Println(ladder("hit", "cog", []string{"hot", "dot", "dog", "lot", "log"}))

	d := NewDSU(6)
	edges := [][2]int{{0, 1}, {1, 2}, {3, 4}, {2, 0}, {4, 5}}
	for _, e := range edges {
		fmt.Print(d.Union(e[0], e[1]), " ")
	}
	fmt.Println()
	fmt.Println(d.Find(2) == d.Find(0), d.Find(5) == d.Find(0), d.size[d.Find(3)])
}
