package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Named struct{ Name string }

func (n Named) Describe() string { return "named " + n.Name }

type Circle struct {
	Named
	Point
	R float64
}

type Rect struct {
	Named
	Min, Max Point
}

func (r Rect) Describe() string {
	return "rect " + r.Name + " " + r.Min.String() + "-" + r.Max.String()
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

type Shape interface {
	Area() float64
	Describe() string
}

type Meta struct {
	ID   int
	Tags []string
}

type Tagged struct {
	*Meta
	Shape
}

type plain struct {
	A int
	B string
}

type wrapper struct {
	plain
	C bool
}

func main() {
	c := Circle{Named{"c1"}, Point{1, 2}, 3}
	r := Rect{Named: Named{"r1"}, Min: Point{0, 0}, Max: Point{4, 5}}
	// Circle embeds Point, whose String method is promoted to Circle.
	fmt.Println(c)
	fmt.Printf("%v|%+v\n", c, c)
	fmt.Printf("%v|%+v\n", r, r)
	fmt.Println(c.Describe(), "/", r.Describe(), "/", r.Named.Describe())
	shapes := []Shape{c, r, &c}
	for i, s := range shapes {
		fmt.Printf("%d %T %.2f %s\n", i, s, s.Area(), s.Describe())
	}
	t := Tagged{&Meta{7, []string{"x", "y"}}, r}
	fmt.Println(t.ID, t.Tags, t.Area(), t.Describe())
	fmt.Printf("%v\n", t.Shape)
	w := wrapper{plain{1, "b"}, true}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Printf("%#v\n", w)
	fmt.Printf("%v %+v\n", []wrapper{w}, map[string]plain{"k": {2, "z"}})
	var anyW any = w
	if _, ok := anyW.(fmt.Stringer); !ok {
		fmt.Println("wrapper is not a Stringer")
	}
	var anyC any = c
	if s, ok := anyC.(fmt.Stringer); ok {
		fmt.Println("circle stringer:", s.String())
	}
	fmt.Println(c.X, c.Point.Y, c.Name)
}
