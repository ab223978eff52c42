package main

import (
	"fmt"
	"math"
	"sync"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

var calls int

var defaultShape = sync.OnceValue(func() Shape {
	calls++
	fmt.Println("building default shape")
	return Circle{2}
})

func main() {
	for i := 0; i < 3; i++ {
		s := defaultShape()
		fmt.Printf("%s %.2f %T\n", s.Name(), s.Area(), s)
	}
	fmt.Println("calls:", calls)
}
