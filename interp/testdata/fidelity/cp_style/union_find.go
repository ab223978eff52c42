package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

type DSU struct {
	parent, size []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n), n}
	for i := range d.parent {
		d.parent[i], d.size[i] = i, 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x], x = d.parent[d.parent[x]], d.parent[x]
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
	d.sets--
	return true
}

type edge struct{ u, v, w int }

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	edges := []edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}, {6, 7, 1}}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].w != edges[j].w {
			return edges[i].w < edges[j].w
		}
		return edges[i].u < edges[j].u
	})
	d := NewDSU(8)
	total := 0
	var used []edge
	for _, e := range edges {
		if d.Union(e.u, e.v) {
			total += e.w
			used = append(used, e)
		}
	}
	fmt.Fprintln(out, "mst weight:", total, "edges:", len(used), "components:", d.sets)
	for _, e := range used {
		fmt.Fprintf(out, "%d-%d(%d) ", e.u, e.v, e.w)
	}
	fmt.Fprintln(out)
	groups := map[int][]int{}
	for i := 0; i < 8; i++ {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	for _, r := range roots {
		fmt.Fprintf(out, "root %d: %v size %d\n", r, groups[r], d.size[r])
	}
	var a, b int = 3, 9
	a, b = b, a
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Fprintln(out, a, b, x, y, z)
	grid := [3][4]int{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j
		}
	}
	g2 := grid
	g2[0][0] = 99
	fmt.Fprintln(out, grid[0], g2[0], len(grid), len(grid[0]))
}
