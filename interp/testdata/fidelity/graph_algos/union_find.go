package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent, size []int
}

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
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
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

type Edge struct{ U, V, W int }

func main() {
	edges := []Edge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5},
		{3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}

	sort.Slice(edges, func(i, j int) bool {
		if edges[i].W != edges[j].W {
			return edges[i].W < edges[j].W
		}
		return edges[i].U < edges[j].U
	})
	d := NewDSU(7)
	total := 0
	var mst []Edge
	for _, e := range edges {
		if d.Union(e.U, e.V) {
			mst = append(mst, e)
			total += e.W
		}
	}
	fmt.Println("mst:", mst, "weight:", total)

	groups := NewDSU(10)
	for _, p := range [][2]int{{1, 2}, {3, 4}, {2, 5}, {7, 8}, {8, 9}, {5, 1}} {
		fmt.Print(groups.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	comps := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := groups.Find(i)
		comps[r] = append(comps[r], i)
	}
	fmt.Println(len(comps), "components")
	var list [][]int
	for _, c := range comps {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool { return list[i][0] < list[j][0] })
	fmt.Println(list)
}
