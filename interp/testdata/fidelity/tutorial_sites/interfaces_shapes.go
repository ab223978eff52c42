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

type Rect struct{ Width, Height float64 }
type Circle struct{ Radius float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.Width * r.Height }
func (r Rect) Perimeter() float64 { return 2 * (r.Width + r.Height) }

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.Radius) }

func NewSquare(side float64) Square { return Square{Rect{side, side}} }

func describe(i interface{}) {
	switch v := i.(type) {
	case nil:
		fmt.Println("nil value")
	case int, int64:
		fmt.Printf("integer %v of type %T\n", v, v)
	case string:
		fmt.Printf("string %q of length %d\n", v, len(v))
	case Shape:
		fmt.Printf("a shape with area %.2f\n", v.Area())
	case fmt.Stringer:
		fmt.Println("stringer:", v.String())
	default:
		fmt.Printf("unknown type %T\n", v)
	}
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1.5},
		NewSquare(2),
		Circle{0.5},
		Rect{Width: 10, Height: 0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-22v area=%7.3f perimeter=%7.3f\n", s, s.Area(), s.Perimeter())
	}
	sort.Sort(byArea(shapes))
	fmt.Println("sorted by area:")
	for i, s := range shapes {
		fmt.Printf("  %d %T\n", i, s)
	}

	var s Shape
	fmt.Println("nil interface:", s == nil)
	var c *Circle
	fmt.Println("typed nil pointer is nil?", c == nil)

	if sq, ok := shapes[1].(Square); ok {
		fmt.Println("found square with side", sq.Width)
	}
	if _, ok := shapes[0].(Rect); !ok {
		fmt.Println("shapes[0] is not a Rect")
	}
	_, isStringer := shapes[0].(fmt.Stringer)
	fmt.Println("shapes[0] is a Stringer:", isStringer)

	describe(42)
	describe(int64(7))
	describe("hello")
	describe(Circle{2})
	describe(3.5)
	describe(nil)
	describe([]int{1, 2})

	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area: %.4f\n", total)
}
