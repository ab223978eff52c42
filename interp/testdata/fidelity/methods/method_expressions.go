package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)  { p.X *= f; p.Y *= f }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))

	scale := (*Point).Scale
	p := Point{1, 1}
	scale(&p, 10)
	fmt.Println(p)

	str := Point.String
	fmt.Println(str(p))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
}
