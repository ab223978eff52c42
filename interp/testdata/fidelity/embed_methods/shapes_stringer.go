// A shapes hierarchy with an interface, embedded base data, Stringer on
// the base, sorting by area and a type switch.
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

type Meta struct {
	Label string
	Color string
}

func (m Meta) String() string { return m.Color + " " + m.Label }

type Circle struct {
	Meta
	R float64
}

type Rect struct {
	Meta
	W, H float64
}

type Square struct {
	Rect
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }

func NewSquare(label string, side float64) Square {
	return Square{Rect{Meta{label, "blue"}, side, side}}
}

func classify(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square side %.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{
		Circle{Meta{"sun", "yellow"}, 2},
		Rect{Meta{"door", "brown"}, 1, 2.5},
		NewSquare("tile", 1.5),
		Circle{Meta{"dot", "black"}, 0.5},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-22s area=%6.2f perim=%6.2f  %s\n", classify(s), s.Area(), s.Perimeter(), s)
	}

	total := 0.0
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Print(st.String(), "; ")
		}
		total += s.Area()
	}
	fmt.Printf("\ntotal %.3f\n", total)

	sq := NewSquare("x", 2)
	fmt.Println(sq, sq.Meta, sq.Rect.Meta.Label, sq.Label)
	fmt.Printf("%v|%+v\n", sq, sq.Rect)
}
