package main

import (
	"fmt"
	"math"
	"sort"
)

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square float64

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (s Square) Area() float64 { return float64(s * s) }

type Areaer interface{ Area() float64 }

func main() {
	labels := map[interface{ Area() float64 }]string{
		Rect{2, 3}:  "door",
		Circle{1}:   "coin",
		Square(2):   "tile",
		Rect{1, 10}: "plank",
	}
	labels[Square(3)] = "big tile"
	fmt.Println(len(labels), labels[Rect{2, 3}], labels[Square(2)], labels[Circle{1}])
	var shape Areaer = Rect{1, 10}
	fmt.Println(labels[shape])
	type entry struct {
		a    float64
		name string
		kind string
	}
	var es []entry
	for s, name := range labels {
		es = append(es, entry{s.Area(), name, fmt.Sprintf("%T", s)})
	}
	sort.Slice(es, func(i, j int) bool { return es[i].a < es[j].a })
	for _, e := range es {
		fmt.Printf("%7.3f %-9s %s\n", e.a, e.name, e.kind)
	}
}
