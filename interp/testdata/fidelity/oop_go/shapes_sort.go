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
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) String() string     { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

type ByPerimeter struct{ ByArea }

func (b ByPerimeter) Less(i, j int) bool {
	return b.ByArea[i].Perimeter() < b.ByArea[j].Perimeter()
}

func total(shapes ...Shape) (sum float64) {
	for _, s := range shapes {
		sum += s.Area()
	}
	return
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1.5},
		&Triangle{3, 4, 5},
		Rect{1, 10},
		Circle{0.5},
		&Triangle{6, 6, 6},
	}
	fmt.Println("unsorted:", shapes)
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-16v area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
	}
	sort.Sort(ByPerimeter{shapes})
	fmt.Println("by perimeter:")
	for i, s := range shapes {
		fmt.Printf("  %d %s %.2f\n", i+1, s, s.Perimeter())
	}
	sort.Sort(sort.Reverse(ByArea(shapes)))
	fmt.Println("largest first:", shapes[0], "smallest:", shapes[len(shapes)-1])
	fmt.Printf("total area %.4f\n", total(shapes...))

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
	fmt.Println(sort.IsSorted(ByArea(shapes)))
}
