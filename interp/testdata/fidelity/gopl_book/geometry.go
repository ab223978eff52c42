// geometry in the style of gopl.io/ch6/geometry and ch6/coloredpoint.
package main

import (
	"fmt"
	"image/color"
	"math"
	"sync"
)

type Point struct{ X, Y float64 }

// traditional function
func Distance(p, q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

// same thing, but as a method of the Point type
func (p Point) Distance(q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

// A Path is a journey connecting the points with straight lines.
type Path []Point

// Distance returns the distance traveled along the path.
func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type ColoredPoint struct {
	Point
	Color color.RGBA
}

type ColoredPointPtr struct {
	*Point
	Color color.RGBA
}

var cache = struct {
	sync.Mutex
	mapping map[string]string
}{mapping: map[string]string{"k": "v"}}

func Lookup(key string) string {
	cache.Lock()
	v := cache.mapping[key]
	cache.Unlock()
	return v
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	fmt.Println(Distance(p, q))
	fmt.Println(p.Distance(q))

	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())

	r := &Point{1, 2}
	r.ScaleBy(2)
	fmt.Println(*r)
	p.ScaleBy(3)
	fmt.Println(p)

	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	var cp ColoredPoint
	cp.X = 1
	fmt.Println(cp.Point.X)
	cp.Point.Y = 2
	fmt.Println(cp.Y)
	a := ColoredPoint{Point{1, 1}, red}
	b := ColoredPoint{Point{5, 4}, blue}
	fmt.Println(a.Distance(b.Point))
	a.ScaleBy(2)
	b.ScaleBy(2)
	fmt.Println(a.Distance(b.Point))

	pp := ColoredPointPtr{&Point{1, 1}, red}
	qq := ColoredPointPtr{&Point{5, 4}, blue}
	fmt.Println(pp.Distance(*qq.Point))
	qq.Point = pp.Point
	pp.ScaleBy(2)
	fmt.Println(*pp.Point, *qq.Point)

	distanceFromP := p.Distance
	fmt.Println(distanceFromP(q))
	var origin Point
	fmt.Println(distanceFromP(origin))
	scaleP := p.ScaleBy
	scaleP(2)
	scaleP(3)
	scaleP(10)
	fmt.Println(p)

	distance := Point.Distance
	fmt.Println(distance(p, q))
	fmt.Printf("%T\n", distance)
	scale := (*Point).ScaleBy
	scale(&p, 2)
	fmt.Println(p)
	fmt.Printf("%T\n", scale)

	path := Path{{0, 0}, {1, 1}}
	path.TranslateBy(Point{10, 20}, true)
	fmt.Println(path)
	path.TranslateBy(Point{1, 1}, false)
	fmt.Printf("%v %+v\n", path, path[0])
	fmt.Println(Lookup("k"), Lookup("nope") == "")
	fmt.Printf("%v %+v\n", a, b)
}
