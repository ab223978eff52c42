package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p Point) String() string       { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Named struct{ Name string }

func (n Named) Label() string { return "<" + n.Name + ">" }

type Circle struct {
	Named
	Center Point
	R      float64
}

type Polygon struct {
	Named
	Vertices []Point
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Contains(p Point) bool {
	return c.Center.Dist(p) <= c.R
}

func (pg Polygon) Area() float64 {
	a := 0.0
	n := len(pg.Vertices)
	for i := range pg.Vertices {
		j := (i + 1) % n
		a += pg.Vertices[i].X*pg.Vertices[j].Y - pg.Vertices[j].X*pg.Vertices[i].Y
	}
	return math.Abs(a) / 2
}

func (pg Polygon) Perimeter() float64 {
	p := 0.0
	for i := range pg.Vertices {
		p += pg.Vertices[i].Dist(pg.Vertices[(i+1)%len(pg.Vertices)])
	}
	return p
}

func (pg Polygon) Contains(p Point) bool {
	inside := false
	n := len(pg.Vertices)
	for i, j := 0, n-1; i < n; j, i = i, i+1 {
		a, b := pg.Vertices[i], pg.Vertices[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			inside = !inside
		}
	}
	return inside
}

type Shape interface {
	Area() float64
	Perimeter() float64
	Contains(Point) bool
	Label() string
}

func main() {
	shapes := []Shape{
		Circle{Named{"unit"}, Point{0, 0}, 1},
		Polygon{Named{"square"}, []Point{{0, 0}, {2, 0}, {2, 2}, {0, 2}}},
		Polygon{Named{"triangle"}, []Point{{0, 0}, {4, 0}, {0, 3}}},
		Circle{Named{"big"}, Point{5, 5}, 3},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-10s area=%7.3f perimeter=%7.3f\n", s.Label(), s.Area(), s.Perimeter())
	}
	probes := []Point{{0.5, 0.5}, {1.5, 1.5}, {3, 1}, {5, 7}, {-1, 0}}
	for _, p := range probes {
		var in []string
		for _, s := range shapes {
			if s.Contains(p) {
				in = append(in, s.Label())
			}
		}
		fmt.Println(p, "in", in)
	}
	c := shapes[len(shapes)-1].(Circle)
	fmt.Println(c.Name, c.Center, c.Label(), c.Named.Label())
	fmt.Printf("%v\n%+v\n", c, c)
	pts := []Point{{3, 4}, {1, 1}, {0, 2}}
	sort.Slice(pts, func(i, j int) bool { return pts[i].Dist(Point{}) < pts[j].Dist(Point{}) })
	fmt.Println(pts)
}
