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

type Named interface{ Name() string }

type Scaler interface {
	Scale(f float64)
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }
func (c *Circle) Scale(f float64)   { c.R *= f }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func NewSquare(s float64) *Square { return &Square{Rect{s, s}} }
func (s Square) Name() string     { return "square" }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func describe(s Shape) string {
	name := "shape"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	_, scalable := s.(Scaler)
	return fmt.Sprintf("%-7s area=%7.3f perim=%7.3f scalable=%t", name, s.Area(), s.Perimeter(), scalable)
}

func main() {
	shapes := []Shape{Circle{1}, &Circle{2}, Rect{3, 4}, NewSquare(2), Triangle{3, 4, 5}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
		}
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	var total float64
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%T %.2f\n", s, s.Area())
	}
	fmt.Printf("total %.3f\n", total)
	var ns []NamedShape
	for _, s := range shapes {
		if n, ok := s.(NamedShape); ok {
			ns = append(ns, n)
		}
	}
	fmt.Println(len(ns), ns[0].Name(), Circle{1} == Circle{1}, Shape(Rect{1, 2}) == Shape(Rect{1, 2}))
	sq := NewSquare(3)
	fmt.Println(sq.Name(), sq.Rect.Name(), sq.Area(), sq.W)
}
