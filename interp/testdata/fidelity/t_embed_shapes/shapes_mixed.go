package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Label() string { return strings.ToUpper(n.Name) }

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect[%s %gx%g]", r.Name, r.W, r.H) }

type Circle struct {
	Named
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Square struct {
	Rect
}

func NewSquare(name string, s float64) Square { return Square{Rect{Named{name}, s, s}} }

type Triangle struct {
	A, B, C float64
}

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	var kind string
	switch v := s.(type) {
	case Square:
		kind = "square " + v.Label()
	case Rect:
		kind = "rect " + v.Label()
	case Circle:
		kind = "circle " + v.Label()
	case *Triangle:
		kind = fmt.Sprintf("triangle %v", *v)
	default:
		kind = fmt.Sprintf("%T", v)
	}
	return fmt.Sprintf("%-16s area=%7.2f perim=%6.2f", kind, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{
		Rect{Named{"door"}, 1, 2},
		Circle{Named{"coin"}, 0.5},
		NewSquare("tile", 3),
		&Triangle{3, 4, 5},
		Circle{Named: Named{"plate"}, R: 1.5},
	}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Println(shapes[0], shapes[1])
	fmt.Printf("%v\n", shapes[2])
	fmt.Printf("%+v\n", shapes[1])
	var total float64
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println("stringer:", st.String())
		}
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)
	sq := NewSquare("big", 10)
	fmt.Println(sq.Name, sq.Label(), sq.Area(), sq)
	fmt.Printf("%v|%+v\n", sq.Named, sq.Rect)
}
