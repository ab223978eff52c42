package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rectangle struct {
	Width  float64
	Height float64
}

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }

type Circle struct {
	Radius float64
}

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

type Triangle struct {
	Base   float64
	Height float64
}

func (t Triangle) Area() float64 { return (t.Base * t.Height) * 0.5 }
func (t Triangle) Perimeter() float64 {
	side := math.Hypot(t.Base/2, t.Height)
	return t.Base + 2*side
}

func main() {
	areaTests := []struct {
		name    string
		shape   Shape
		hasArea float64
	}{
		{name: "Rectangle", shape: Rectangle{Width: 12, Height: 6}, hasArea: 72.0},
		{name: "Circle", shape: Circle{Radius: 10}, hasArea: 314.1592653589793},
		{name: "Triangle", shape: Triangle{Base: 12, Height: 6}, hasArea: 36.0},
		{name: "Broken", shape: Rectangle{Width: 1, Height: 1}, hasArea: 2},
	}
	passed, failed := 0, 0
	for _, tt := range areaTests {
		got := tt.shape.Area()
		if got != tt.hasArea {
			fmt.Printf("FAIL %s: %#v got %g want %g\n", tt.name, tt.shape, got, tt.hasArea)
			failed++
			continue
		}
		fmt.Printf("PASS %s area=%.2f perimeter=%.2f\n", tt.name, got, tt.shape.Perimeter())
		passed++
	}
	fmt.Printf("%d passed, %d failed\n", passed, failed)

	var largest Shape
	for _, tt := range areaTests {
		if largest == nil || tt.shape.Area() > largest.Area() {
			largest = tt.shape
		}
	}
	fmt.Printf("largest: %T %+v\n", largest, largest)
	if c, ok := largest.(Circle); ok {
		fmt.Println("radius", c.Radius)
	}
}
