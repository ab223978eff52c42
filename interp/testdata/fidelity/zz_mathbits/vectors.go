package main

import (
	"fmt"
	"math"
	"sort"
)

type Vec struct{ X, Y, Z float64 }

func (a Vec) Add(b Vec) Vec       { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec) Sub(b Vec) Vec       { return Vec{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a Vec) Scale(k float64) Vec { return Vec{a.X * k, a.Y * k, a.Z * k} }
func (a Vec) Dot(b Vec) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec) Cross(b Vec) Vec {
	return Vec{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}
func (a Vec) Len() float64 { return math.Sqrt(a.Dot(a)) }
func (a Vec) Norm() Vec {
	l := a.Len()
	if l == 0 {
		return a
	}
	return a.Scale(1 / l)
}
func (a Vec) String() string { return fmt.Sprintf("(%.2f, %.2f, %.2f)", a.X, a.Y, a.Z) }

type Body struct {
	Name string
	Pos  Vec
	Vel  Vec
	Mass float64
}

func step(bodies []*Body, dt float64) {
	acc := make([]Vec, len(bodies))
	for i, a := range bodies {
		for j, b := range bodies {
			if i == j {
				continue
			}
			d := b.Pos.Sub(a.Pos)
			r := d.Len() + 0.1
			acc[i] = acc[i].Add(d.Norm().Scale(b.Mass / (r * r)))
		}
	}
	for i, b := range bodies {
		b.Vel = b.Vel.Add(acc[i].Scale(dt))
		b.Pos = b.Pos.Add(b.Vel.Scale(dt))
	}
}

func main() {
	x, y := Vec{1, 0, 0}, Vec{0, 1, 0}
	fmt.Println(x.Cross(y), y.Cross(x), x.Dot(y), Vec{3, 4, 12}.Len())
	tri := [3]Vec{{0, 0, 0}, {4, 0, 0}, {0, 3, 0}}
	area := tri[1].Sub(tri[0]).Cross(tri[2].Sub(tri[0])).Len() / 2
	fmt.Printf("area %.1f normal %v\n", area, tri[1].Cross(tri[2]).Norm())
	angle := math.Acos(Vec{1, 1, 0}.Norm().Dot(x)) * 180 / math.Pi
	fmt.Printf("angle %.1f°\n", angle)

	bodies := []*Body{
		{"sun", Vec{}, Vec{}, 100},
		{"p1", Vec{10, 0, 0}, Vec{0, 3, 0}, 1},
		{"p2", Vec{0, -5, 0}, Vec{4, 0, 0.5}, 0.5},
	}
	for i := 0; i < 200; i++ {
		step(bodies, 0.01)
	}
	sort.Slice(bodies, func(i, j int) bool { return bodies[i].Pos.Len() < bodies[j].Pos.Len() })
	for _, b := range bodies {
		fmt.Printf("%-4s pos=%v |v|=%.3f\n", b.Name, b.Pos, b.Vel.Len())
	}
	var zero Vec
	fmt.Println(zero.Norm(), zero == Vec{}, x.Add(y).Scale(0.5))
	fmt.Printf("%v %+v\n", []Vec{x, y}, x)
}
