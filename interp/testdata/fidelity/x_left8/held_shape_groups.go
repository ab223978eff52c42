package main

import "fmt"

// Nested groups of shapes: a scene graph of values held in an interface,
// with colors printed through String.
type Color uint8

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Shape interface{ Area() float64 }

type Rect struct {
	W, H float64
	C    Color
}
type Group struct {
	Name  string
	A, B  Shape
	Color Color
}

func (r Rect) Area() float64  { return r.W * r.H }
func (g Group) Area() float64 { return g.A.Area() + g.B.Area() }

func main() {
	scene := Group{"root",
		Group{"left", Rect{1, 2, 0}, Group{"inner", Rect{3, 1, 1}, Group{"leaf", Rect{1, 1, 2}, Rect{2, 2, 0}, 1}, 2}, 0},
		Rect{4, 4, 2}, 1}
	fmt.Println(scene.Area())
	fmt.Println(scene)
	fmt.Printf("%+v\n", scene)
	var s Shape = scene
	fmt.Printf("%v\n", s)
}
