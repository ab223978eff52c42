package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
}

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string { return [...]string{"?", "red", "green", "blue"}[c] }

type Key struct {
	C    Color
	Name string
}

func main() {
	seen := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {2, 1}}
	for _, p := range path {
		seen[p]++
	}
	fmt.Println(seen)
	edges := map[Edge]bool{}
	for i := 1; i < len(path); i++ {
		edges[Edge{path[i-1], path[i]}] = true
	}
	fmt.Println(len(edges), edges[Edge{Point{1, 1}, Point{0, 0}}], edges[Edge{Point{0, 0}, Point{1, 1}}])
	inv := map[Key]int{{Blue, "pen"}: 3, {Red, "pen"}: 1, {Red, "cup"}: 2, {Green, "hat"}: 5}
	fmt.Println(inv)
	keys := make([]Key, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Name != keys[j].Name {
			return keys[i].Name < keys[j].Name
		}
		return keys[i].C < keys[j].C
	})
	for _, k := range keys {
		fmt.Printf("%-12v %+v %d\n", k, k, inv[k])
	}
	byColor := map[Color][]string{}
	for k := range inv {
		byColor[k.C] = append(byColor[k.C], k.Name)
	}
	for _, v := range byColor {
		sort.Strings(v)
	}
	fmt.Println(byColor)
	arrKey := map[[2]int]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"}
	fmt.Println(arrKey)
	ptrs := map[*Point]string{}
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	ptrs[p1], ptrs[p2] = "one", "two"
	fmt.Println(len(ptrs), *p1 == *p2, p1 == p2)
	ifaceKeys := map[any]int{1: 1, "1": 2, Point{1, 1}: 3, Red: 4, 1.0: 5}
	fmt.Println(len(ifaceKeys), ifaceKeys[Point{1, 1}], ifaceKeys[Color(1)], ifaceKeys[1], ifaceKeys[float64(1)])
	nested := map[string]map[Point][]Color{"a": {{0, 1}: {Red, Blue}}, "b": {}}
	fmt.Printf("%v %d\n", nested, len(nested["c"]))
}
