package main

import (
	"fmt"
	"sort"
)

type Coord [2]int
type Cell struct{ R, C int }

func (c Coord) Add(d Coord) Coord { return Coord{c[0] + d[0], c[1] + d[1]} }

func main() {
	walls := map[any]bool{}
	for _, w := range []Coord{{0, 1}, {1, 1}, {2, 1}} {
		walls[w] = true
	}
	walls[Cell{3, 3}] = true
	pos := Coord{0, 0}
	dirs := []Coord{{1, 0}, {1, 0}, {0, 1}, {1, 0}, {0, 1}, {0, 1}}
	moves := 0
	for _, d := range dirs {
		next := pos.Add(d)
		if walls[next] {
			fmt.Println("blocked at", next)
			continue
		}
		pos = next
		moves++
	}
	fmt.Println("at", pos, "after", moves, "moves")
	fmt.Println(walls[Coord{1, 1}], walls[[2]int{1, 1}], walls[Cell{3, 3}], walls[Coord{3, 3}])
	var ks []string
	for k := range walls {
		ks = append(ks, fmt.Sprintf("%T%v", k, k))
	}
	sort.Strings(ks)
	fmt.Println(ks)
}
