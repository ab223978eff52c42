package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent, size []int
}

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

func accountsMerge(accounts [][]string) [][]string {
	owner := map[string]string{}
	id := map[string]int{}
	for _, acc := range accounts {
		for _, e := range acc[1:] {
			if _, ok := id[e]; !ok {
				id[e] = len(id)
			}
			owner[e] = acc[0]
		}
	}
	d := NewDSU(len(id))
	for _, acc := range accounts {
		for _, e := range acc[2:] {
			d.Union(id[acc[1]], id[e])
		}
	}
	groups := map[int][]string{}
	for e, i := range id {
		r := d.Find(i)
		groups[r] = append(groups[r], e)
	}
	var res [][]string
	for _, emails := range groups {
		sort.Strings(emails)
		res = append(res, append([]string{owner[emails[0]]}, emails...))
	}
	sort.Slice(res, func(i, j int) bool {
		return strings.Join(res[i], ",") < strings.Join(res[j], ",")
	})
	return res
}

func redundantEdge(edges [][2]int) [2]int {
	d := NewDSU(len(edges) + 1)
	for _, e := range edges {
		if !d.Union(e[0], e[1]) {
			return e
		}
	}
	return [2]int{}
}

func main() {
	accounts := [][]string{
		{"John", "johnsmith@mail.com", "john_newyork@mail.com"},
		{"John", "johnsmith@mail.com", "john00@mail.com"},
		{"Mary", "mary@mail.com"},
		{"John", "johnnybravo@mail.com"},
		{"Mary", "m2@mail.com", "mary@mail.com"},
	}
	for _, g := range accountsMerge(accounts) {
		fmt.Println(g)
	}
	fmt.Println(redundantEdge([][2]int{{1, 2}, {1, 3}, {2, 3}}))
	fmt.Println(redundantEdge([][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}))
	d := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 7}} {
		d.Union(p[0], p[1])
	}
	comps := map[int]int{}
	for i := range 10 {
		comps[d.Find(i)]++
	}
	sizes := []int{}
	for _, s := range comps {
		sizes = append(sizes, s)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	fmt.Println(len(comps), sizes)
}
