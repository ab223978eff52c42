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
type Square struct{ Side float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (s Square) Area() float64      { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return 4 * s.Side }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (c Circle) String() string       { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rectangle %gx%g", v.W, v.H)
	case Circle:
		return "circle " + v.String()
	case Square:
		return fmt.Sprintf("square side %g", v.Side)
	default:
		return fmt.Sprintf("some %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1.5}, Square{2}, Triangle{3, 4, 5}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%-20T area=%7.3f perim=%7.3f  %v\n", s, s.Area(), s.Perimeter(), s)
	}
	sort.Sort(ByArea(shapes))
	for i, s := range shapes {
		fmt.Println(i, describe(s))
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)
	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	fmt.Printf("biggest: %v (%T)\n", biggest, biggest)
	if c, ok := biggest.(Circle); ok {
		fmt.Println("a circle of radius", c.R)
	} else {
		fmt.Println("not a circle")
	}
	counts := map[string]int{}
	for _, s := range shapes {
		counts[fmt.Sprintf("%T", s)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Printf("%v %+v %#v\n", shapes[0], shapes[1], shapes[2])
}
