package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (c Circle) String() string     { return "Circle(" + strconv.FormatFloat(c.R, 'f', 1, 64) + ")" }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

// Largest works on any slice of a concrete shape type.
func Largest[S Shape](shapes []S) (S, int) {
	var best S
	idx := -1
	for i, s := range shapes {
		if idx < 0 || s.Area() > best.Area() {
			best, idx = s, i
		}
	}
	return best, idx
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[T Stringish](xs ...T) T {
	var out T
	for _, x := range xs {
		if x.Len() > out.Len() {
			out = x
		}
	}
	return out
}

func Describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square side %.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %.1fx%.1f", v.W, v.H)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2.5), Circle{2}, Rect{10, 0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-20s area=%7.3f perim=%7.3f %T\n", Describe(s), s.Area(), s.Perimeter(), s)
	}
	circles := []Circle{{1.5}, {0.5}, {3}}
	c, i := Largest(circles)
	fmt.Println("largest circle:", c, i)
	rects := []Rect{{1, 1}, {2, 3}, {3, 2}}
	r, i := Largest(rects)
	fmt.Printf("largest rect: %+v at %d\n", r, i)
	sq, i := Largest([]Square{NewSquare(1), NewSquare(4)})
	fmt.Printf("%v %d %.0f\n", sq, i, sq.Area())
	_, i = Largest([]Circle{})
	fmt.Println("empty:", i)

	fmt.Println(Longest[Name]("ann", "bartholomew", "cy"))
	var total float64
	for _, s := range shapes {
		if _, ok := s.(fmt.Stringer); ok {
			total += s.Area()
		}
	}
	fmt.Printf("circle area total %.4f\n", total)
	fmt.Println(strings.Repeat("=", 10))
	fmt.Println(shapes[0], shapes[len(shapes)-1])
}
