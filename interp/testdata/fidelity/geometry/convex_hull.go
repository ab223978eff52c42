package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func cross(o, a, b Point) int {
	return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X)
}

// hull returns the convex hull in counter-clockwise order (Andrew's monotone chain).
func hull(pts []Point) []Point {
	p := append([]Point(nil), pts...)
	sort.Slice(p, func(i, j int) bool {
		if p[i].X != p[j].X {
			return p[i].X < p[j].X
		}
		return p[i].Y < p[j].Y
	})
	if len(p) < 3 {
		return p
	}
	var h []Point
	for _, pt := range p {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], pt) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, pt)
	}
	lower := len(h) + 1
	for i := len(p) - 2; i >= 0; i-- {
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p[i]) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p[i])
	}
	return h[:len(h)-1]
}

func area2(poly []Point) int {
	s := 0
	for i := range poly {
		j := (i + 1) % len(poly)
		s += poly[i].X*poly[j].Y - poly[j].X*poly[i].Y
	}
	return s
}

func main() {
	pts := []Point{{0, 0}, {2, 1}, {4, 0}, {3, 2}, {4, 4}, {2, 3}, {0, 4}, {1, 2}, {2, 2}}

	h := hull(pts)
	fmt.Println("hull:", h)
	fmt.Println("twice area:", area2(h), "area:", float64(area2(h))/2)

	fmt.Println(hull([]Point{{1, 1}, {0, 0}}))
	fmt.Println(len(hull([]Point{{0, 0}, {1, 1}, {2, 2}, {3, 3}})))
}
