package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Group struct {
	Label string
	Items []Shape
}

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }
func (g Group) Area() float64 {
	t := 0.0
	for _, s := range g.Items {
		t += s.Area()
	}
	return t
}
func (g Group) Name() string { return "group:" + g.Label }

func main() {
	c1 := &Circle{1}
	shapes := []Shape{Rect{2, 3}, c1, Rect{1, 1}, Group{"g", []Shape{Rect{1, 2}, Rect{2, 2}}}, &Circle{0.5}}
	slices.SortFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	for _, s := range shapes {
		fmt.Printf("%-8s %6.2f %T\n", s.Name(), s.Area(), s)
	}
	sort.SliceStable(shapes, func(i, j int) bool { return shapes[i].Name() < shapes[j].Name() })
	var names []string
	for _, s := range shapes {
		names = append(names, s.Name())
	}
	fmt.Println(strings.Join(names, ","))
	fmt.Println(slices.Index(shapes, Shape(Rect{1, 1})), slices.Contains(shapes, Shape(c1)), slices.Contains(shapes, Shape(&Circle{1})))
	byName := map[string][]Shape{}
	for _, s := range shapes {
		k, _, _ := strings.Cut(s.Name(), ":")
		byName[k] = append(byName[k], s)
	}
	for _, k := range slices.Sorted(maps.Keys(byName)) {
		fmt.Println(k, len(byName[k]), byName[k][0])
	}
	b, err := json.Marshal(map[string]any{"first": shapes[0], "rect": Rect{4, 5}, "group": shapes[2]})
	fmt.Println(string(b), err)
	largest := slices.MaxFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	fmt.Printf("%v %+v\n", largest.Name(), largest)
	g := Group{"copy", shapes[:2]}
	g2 := g
	g2.Items[0] = Rect{9, 9}
	fmt.Println(g.Items[0], g2.Label, shapes[0])
}
