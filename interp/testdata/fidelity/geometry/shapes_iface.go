package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1.5}, Triangle{3, 4, 5}, Rect{W: 10, H: 0.5}}

	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-22v area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
	}

	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if c, ok := s.(Circle); ok {
			fmt.Println("found circle with radius", c.R)
		}
	}
	fmt.Printf("total area %.4f\n", total)

	for _, s := range shapes {
		switch v := s.(type) {
		case fmt.Stringer:
			fmt.Println("stringer:", v.String())
		case Rect:
			fmt.Println("rect", v.W, "x", v.H)
		default:
			fmt.Printf("other %T\n", v)
		}
	}
}
