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
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.W == v.H {
			return fmt.Sprintf("square %gx%g", v.W, v.H)
		}
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Circle:
		return v.String()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{2, 2}, Circle{2.5}, &Rect{1, 10},
	}
	sort.Sort(ByArea(shapes))
	var total float64
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d %-16s area=%8.3f perim=%7.3f %v\n", i, describe(s), s.Area(), s.Perimeter(), s)
	}
	fmt.Printf("total area %.4f\n", total)
	largest := shapes[len(shapes)-1]
	if c, ok := largest.(Circle); ok {
		fmt.Println("largest is a circle of radius", c.R)
	}
	fmt.Printf("%v %+v %T\n", shapes[0], shapes[1], shapes[2])
	counts := map[string]int{}
	for _, s := range shapes {
		counts[fmt.Sprintf("%T", s)]++
	}
	names := []string{}
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, counts[n])
	}
}
