package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Moved(dx, dy int) Point { p.X += dx; p.Y += dy; return p }
func (p *Point) Move(dx, dy int)       { p.X += dx; p.Y += dy }

type Polygon struct {
	Name   string
	Points []Point
	Center *Point
}

func (pg Polygon) Translate(dx, dy int) Polygon {
	out := pg
	out.Points = make([]Point, len(pg.Points))
	for i, p := range pg.Points {
		out.Points[i] = p.Moved(dx, dy)
	}
	if pg.Center != nil {
		c := pg.Center.Moved(dx, dy)
		out.Center = &c
	}
	return out
}

func swap(a, b *Point) { *a, *b = *b, *a }

func update(m map[Point]int, p Point) { m[p]++ }

func main() {
	p := Point{1, 2}
	q := p.Moved(1, 1)
	p.Move(10, 10)
	fmt.Println(p, q)

	a, b := Point{1, 1}, Point{2, 2}
	pa := &a
	swap(&a, &b)
	fmt.Println(a, b, *pa)

	tri := Polygon{"tri", []Point{{0, 0}, {4, 0}, {0, 3}}, &Point{1, 1}}
	moved := tri.Translate(5, 5)
	fmt.Println(tri.Points, *tri.Center)
	fmt.Println(moved.Points, *moved.Center)
	shallow := tri
	shallow.Points[0].X = -1
	shallow.Center.Y = 42
	shallow.Name = "copy"
	fmt.Println(tri.Name, tri.Points[0], *tri.Center)

	counts := map[Point]int{}
	for _, pt := range append(tri.Points, Point{-1, 0}, Point{4, 0}) {
		update(counts, pt)
	}
	fmt.Println(counts[Point{-1, 0}], counts[Point{4, 0}], counts[Point{0, 3}], len(counts))

	pp := &tri.Points[1]
	tri.Points = append(tri.Points, Point{9, 9})
	pp.X = 1000
	fmt.Println(tri.Points[1].X == 1000)
	x, y := &Point{}, &Point{}
	fmt.Println(x == y, *x == *y)
	z := x
	z.X = 3
	fmt.Println(x.X, x == z)
	type Wrapper struct{ P Point }
	ws := []Wrapper{{Point{1, 1}}}
	w := ws[0]
	w.P.Move(1, 1)
	ws[0].P.Move(100, 0)
	fmt.Println(w, ws)
	moved.Center, tri.Center = nil, nil
	fmt.Printf("%v %+v\n", moved, tri)
	var np *Point
	fmt.Println(np == nil, np)
}
