package main

import (
	"fmt"
	"math"
)

type Pt struct{ X, Y float64 }

type Polygon []Pt

func (p Polygon) Area() float64 {
	s := 0.0
	for i := range p {
		j := (i + 1) % len(p)
		s += p[i].X*p[j].Y - p[j].X*p[i].Y
	}
	return math.Abs(s) / 2
}

func (p Polygon) Centroid() Pt {
	var cx, cy, a float64
	for i := range p {
		j := (i + 1) % len(p)
		f := p[i].X*p[j].Y - p[j].X*p[i].Y
		cx += (p[i].X + p[j].X) * f
		cy += (p[i].Y + p[j].Y) * f
		a += f
	}
	a /= 2
	return Pt{cx / (6 * a), cy / (6 * a)}
}

// Contains uses ray casting.
func (p Polygon) Contains(q Pt) bool {
	in := false
	for i, j := 0, len(p)-1; i < len(p); j, i = i, i+1 {
		if (p[i].Y > q.Y) != (p[j].Y > q.Y) &&
			q.X < (p[j].X-p[i].X)*(q.Y-p[i].Y)/(p[j].Y-p[i].Y)+p[i].X {
			in = !in
		}
	}
	return in
}

func main() {
	l := Polygon{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}}
	fmt.Printf("area %.2f centroid %+v\n", l.Area(), l.Centroid())

	for _, q := range []Pt{{0.5, 0.5}, {2, 2}, {3, 0.5}, {0.5, 2.5}, {5, 5}} {
		fmt.Printf("%v in L: %v\n", q, l.Contains(q))
	}

	sq := Polygon{{0, 0}, {2, 0}, {2, 2}, {0, 2}}
	fmt.Println(sq.Area(), sq.Centroid(), sq.Contains(Pt{1, 1}))
}
