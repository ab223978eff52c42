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

type Named interface {
	Shape
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) String() string       { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func NewSquare(s float64) Square    { return Square{Rect{s, s}} }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) String() string     { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }

type byArea []Named

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return "square side " + fmt.Sprint(v.W)
	case Rect:
		return "rect aspect " + fmt.Sprintf("%.2f", v.W/v.H)
	case *Triangle:
		return fmt.Sprintf("triangle right=%t", v.A*v.A+v.B*v.B == v.C*v.C)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Named{Circle{1}, Rect{3, 4}, NewSquare(2), &Triangle{3, 4, 5}, Circle{0.5}, Rect{10, 0.1}}
	sort.Sort(byArea(shapes))
	var total float64
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-14v area=%7.3f perim=%7.3f  %s\n", s, s.Area(), s.Perimeter(), describe(s))
	}
	fmt.Printf("total %.4f\n", total)
	sq := NewSquare(3)
	fmt.Println(sq.Rect.String(), sq, sq.Area())
	var sh Shape = sq
	_, ok := sh.(fmt.Stringer)
	_, isRect := sh.(Rect)
	fmt.Println(ok, isRect)
	fmt.Printf("%v %+v %T\n", sq, Triangle{1, 1, 1}, sh)
}
