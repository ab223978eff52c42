package main

import (
	"fmt"
	"math"
)

type Vertex struct{ X, Y float64 }

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X *= f
	v.Y *= f
}

func (v Vertex) ScaledCopy(f float64) Vertex {
	v.X *= f
	v.Y *= f
	return v
}

type Counter int

func (c *Counter) Inc() { *c++ }

func (c Counter) Double() int { return int(c) * 2 }

func main() {
	v := Vertex{3, 4}
	fmt.Println(v.Abs())
	v.Scale(10)
	fmt.Println(v)
	w := v.ScaledCopy(0.5)
	fmt.Println(v, w)
	p := &Vertex{1, 1}
	p.Scale(2)
	fmt.Println(p.Abs())

	var c Counter
	c.Inc()
	c.Inc()
	c.Inc()
	fmt.Println(c, c.Double())

	f := v.Abs
	fmt.Println(f())
	g := (*Vertex).Scale
	g(&v, 0.1)
	fmt.Printf("%.1f %.1f\n", v.X, v.Y)
}
