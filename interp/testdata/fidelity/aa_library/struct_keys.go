package main

import (
	"fmt"
	"sort"
	"strings"
)

type Coord struct{ Lat, Lng int }

type Edge struct{ From, To Coord }

type Key [3]string

type Version struct {
	Major, Minor, Patch int
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func parse(s string) Version {
	var v Version
	fmt.Sscanf(strings.TrimPrefix(s, "v"), "%d.%d.%d", &v.Major, &v.Minor, &v.Patch)
	return v
}

func main() {
	visits := map[Coord]int{}
	route := []Coord{{1, 2}, {3, 4}, {1, 2}, {5, 6}, {3, 4}, {1, 2}}
	for _, c := range route {
		visits[c]++
	}
	fmt.Println(visits[Coord{1, 2}], visits[Coord{3, 4}], visits[Coord{9, 9}], len(visits))
	edges := map[Edge]bool{}
	for i := 1; i < len(route); i++ {
		edges[Edge{route[i-1], route[i]}] = true
	}
	fmt.Println(len(edges), edges[Edge{Coord{3, 4}, Coord{1, 2}}], edges[Edge{Coord{1, 2}, Coord{5, 6}}])

	index := map[Key][]int{}
	rows := [][3]string{{"eu", "de", "berlin"}, {"eu", "fr", "paris"}, {"eu", "de", "berlin"}, {"us", "ca", "sf"}}
	for i, r := range rows {
		index[Key(r)] = append(index[Key(r)], i)
	}
	keys := make([]Key, 0, len(index))
	for k := range index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return strings.Join(keys[i][:], "/") < strings.Join(keys[j][:], "/")
	})
	for _, k := range keys {
		fmt.Println(k, index[k])
	}
	vs := []Version{parse("v1.10.0"), parse("v1.2.3"), parse("1.2.10"), parse("v0.9.9"), parse("v1.2.3")}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Less(vs[j]) })
	fmt.Println(vs, vs[1] == vs[2], vs[0] != vs[1])
	seen := map[Version]bool{}
	var uniq []Version
	for _, v := range vs {
		if !seen[v] {
			seen[v] = true
			uniq = append(uniq, v)
		}
	}
	fmt.Println(uniq)
	a := [2]Version{{1, 0, 0}}
	b := a
	b[1].Patch = 1
	fmt.Println(a == b, a, b)
	type pair struct {
		k string
		v any
	}
	fmt.Println(pair{"x", 1} == pair{"x", 1}, pair{"x", 1} == pair{"x", int64(1)})
}
