package main

import (
	"fmt"
	"strings"
)

type Named struct {
	Name  string
	Color string
}

func (n Named) Label() string   { return n.Color + " " + n.Name }
func (n *Named) Paint(c string) { n.Color = c }

type Polygon struct {
	Named
	Sides []float64
}

func (p Polygon) Perimeter() float64 {
	sum := 0.0
	for _, s := range p.Sides {
		sum += s
	}
	return sum
}

type Square struct {
	Polygon
	locked bool
}

func NewSquare(side float64) *Square {
	return &Square{Polygon: Polygon{Named: Named{Name: "square", Color: "white"}, Sides: []float64{side, side, side, side}}}
}

func (s *Square) Label() string {
	tag := s.Polygon.Label()
	if s.locked {
		tag += " (locked)"
	}
	return strings.ToUpper(tag[:1]) + tag[1:]
}

type Labeler interface{ Label() string }
type Painter interface{ Paint(string) }

type Canvas struct {
	items []Labeler
}

func (c *Canvas) Add(l ...Labeler) { c.items = append(c.items, l...) }

func (c *Canvas) Repaint(color string) int {
	n := 0
	for _, it := range c.items {
		if p, ok := it.(Painter); ok {
			p.Paint(color)
			n++
		}
	}
	return n
}

func main() {
	sq := NewSquare(2.5)
	tri := &Polygon{Named{"triangle", "red"}, []float64{3, 4, 5}}
	dot := Named{"dot", "black"}
	fmt.Printf("%+v\n", *sq)
	fmt.Printf("%v\n", tri)
	fmt.Printf("%#v\n", dot)
	fmt.Println(sq.Label(), "|", tri.Label(), "|", dot.Label())
	fmt.Println(sq.Perimeter(), tri.Perimeter(), sq.Name, sq.Polygon.Named.Color)

	var c Canvas
	c.Add(sq, tri, dot)
	fmt.Println("painted", c.Repaint("blue"))
	for i, it := range c.items {
		fmt.Printf("%d: %-22s %T\n", i, it.Label(), it)
	}
	fmt.Println(dot.Label(), "(a copy, unchanged)")
	sq.locked = true
	sq.Paint("green")
	fmt.Println(sq.Label())
	var l Labeler = sq.Polygon
	fmt.Println(l.Label())
	fmt.Printf("%v %+v\n", sq.Sides, sq.Named)
}
