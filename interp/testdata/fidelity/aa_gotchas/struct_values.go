package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Moved(dx int) Point { p.X += dx; return p }
func (p *Point) Move(dx int)       { p.X += dx }

type Polygon struct {
	Name   string
	Points []Point
	Center Point
	Bounds [2]Point
}

func main() {
	pts := []Point{{1, 1}, {2, 2}}
	for _, p := range pts {
		p.Move(10)
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].Move(10)
	}
	fmt.Println(pts)

	m := map[string]Point{"a": {1, 2}}
	p := m["a"]
	p.X = 100
	fmt.Println(m, p)
	mp := map[string]*Point{"a": {1, 2}}
	mp["a"].X = 100
	fmt.Println(*mp["a"])

	poly := Polygon{"tri", []Point{{0, 0}, {1, 0}}, Point{5, 5}, [2]Point{{0, 0}, {9, 9}}}
	cp := poly
	cp.Name = "copy"
	cp.Points[0].X = 42 // shared slice
	cp.Center.X = 6     // own copy
	cp.Bounds[1].Y = -1 // arrays copy
	fmt.Printf("%+v\n%+v\n", poly, cp)

	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].Move(5)
	fmt.Println(arr, arr2, arr == arr2)

	f := poly.Center.Moved
	poly.Center.X = 1000
	fmt.Println(f(1), poly.Center.Moved(1))
	g := poly.Center.Move
	g(1)
	fmt.Println(poly.Center)

	structs := []struct {
		N int
		S []string
	}{{1, nil}, {2, []string{"x"}}}
	for _, s := range structs {
		s.N *= 10
		if s.S != nil {
			s.S[0] = "changed"
		}
	}
	fmt.Println(structs)
	pp := &poly.Points[1]
	poly.Points = append(poly.Points, Point{7, 7})
	pp.Y = 55
	fmt.Println(poly.Points, *pp)
}
