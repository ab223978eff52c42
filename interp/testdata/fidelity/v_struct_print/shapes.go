package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%.1f,%.1f)", p.X, p.Y) }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct {
	Center Point
	R      float64
}

type Rect struct {
	Min, Max Point
}

type Polygon struct {
	pts  []Point
	name string
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }
func (r Rect) Perimeter() float64   { return 2 * ((r.Max.X - r.Min.X) + (r.Max.Y - r.Min.Y)) }

func (p *Polygon) Area() float64 {
	var s float64
	for i := range p.pts {
		j := (i + 1) % len(p.pts)
		s += p.pts[i].X*p.pts[j].Y - p.pts[j].X*p.pts[i].Y
	}
	return math.Abs(s) / 2
}

func (p *Polygon) Perimeter() float64 {
	var s float64
	for i := range p.pts {
		j := (i + 1) % len(p.pts)
		s += math.Hypot(p.pts[j].X-p.pts[i].X, p.pts[j].Y-p.pts[i].Y)
	}
	return s
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle at %v r=%g", v.Center, v.R)
	case Rect:
		return fmt.Sprintf("rect %v-%v", v.Min, v.Max)
	case *Polygon:
		return fmt.Sprintf("polygon %s with %d points", v.name, len(v.pts))
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{
		Circle{Point{0, 0}, 1},
		Rect{Point{0, 0}, Point{3, 2}},
		&Polygon{[]Point{{0, 0}, {4, 0}, {0, 3}}, "tri"},
		Circle{Point{1, 1}, 0.5},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-32s area=%6.2f perim=%6.2f\n", describe(s), s.Area(), s.Perimeter())
	}
	fmt.Println(shapes[0], shapes[1])
	fmt.Printf("%v\n", shapes[3])
	fmt.Printf("%+v\n", shapes[2])
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	c := shapes[0].(Circle)
	c.R = 10
	fmt.Println(c, shapes[0].(Circle).R)
	_, ok := shapes[1].(*Polygon)
	fmt.Println(ok)
}
