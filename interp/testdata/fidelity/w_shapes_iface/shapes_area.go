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

type Circle struct {
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

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
	switch v := s.(type) {
	case Circle:
		return "round " + v.String()
	case Rect:
		if v.W == v.H {
			return fmt.Sprintf("square %v", v)
		}
		return fmt.Sprintf("rect %+v", v)
	case *Triangle:
		return fmt.Sprintf("triangle %v", *v)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1.5},
		&Triangle{3, 4, 5},
		Rect{2, 2},
		Circle{0.5},
	}
	sort.Sort(ByArea(shapes))
	var total float64
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d %-28s %T area=%8.3f perim=%7.2f\n", i, describe(s), s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total area %.4f\n", total)
	fmt.Println(shapes[0], shapes[len(shapes)-1])
	fmt.Printf("%v\n", shapes[0:2])
	counts := map[string]int{}
	for _, s := range shapes {
		name := fmt.Sprintf("%T", s)
		counts[strings.TrimPrefix(name, "main.")]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-10q %d\n", k, counts[k])
	}
	fmt.Println(counts)
	largest := shapes[len(shapes)-1]
	if c, ok := largest.(Circle); ok {
		fmt.Printf("largest is a circle of radius %g: %#v\n", c.R, c)
	} else {
		fmt.Printf("largest is %#v\n", largest)
	}
}
