package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Name() string
	Sides() int
}

type Triangle struct{}
type Hexagon struct{}
type Polygon int

func (Triangle) Name() string  { return "triangle" }
func (Triangle) Sides() int    { return 3 }
func (Hexagon) Name() string   { return "hexagon" }
func (Hexagon) Sides() int     { return 6 }
func (p Polygon) Name() string { return fmt.Sprintf("%d-gon", int(p)) }
func (p Polygon) Sides() int   { return int(p) }

func main() {
	count := map[Shape]int{}
	for _, s := range []Shape{Triangle{}, Hexagon{}, Polygon(5), Triangle{}, Polygon(5), Polygon(8), Hexagon{}, Triangle{}} {
		count[s]++
	}
	fmt.Println(len(count), count[Triangle{}], count[Hexagon{}], count[Polygon(5)], count[Polygon(3)])
	var lines []string
	for s, n := range count {
		lines = append(lines, fmt.Sprintf("%d %s x%d", s.Sides(), s.Name(), n))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	delete(count, Hexagon{})
	_, ok := count[Hexagon{}]
	fmt.Println(len(count), ok)
}
