package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point    { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)     { p.X *= f; p.Y *= f }
func (p Point) String() string       { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }
func (p Point) Dist(q Point) float64 { return (p.X-q.X)*(p.X-q.X) + (p.Y-q.Y)*(p.Y-q.Y) }

type Path []Point

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = func(p, q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

func apply(fs []func(string), s string) {
	for _, f := range fs {
		f(s)
	}
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	distance := p.Dist
	fmt.Println(distance(q))
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	add := Point.Add
	fmt.Println(add(p, q))
	scaleExpr := (*Point).Scale
	scaleExpr(&q, 0.5)
	fmt.Println(q)
	path := Path{{1, 1}, {2, 2}}
	path.TranslateBy(Point{10, 10}, true)
	fmt.Println(path)
	path.TranslateBy(Point{1, 1}, false)
	fmt.Println(path)

	a := &Logger{prefix: "A: "}
	b := &Logger{prefix: "B: "}
	apply([]func(string){a.Log, b.Log, a.Log}, "hello")
	fmt.Println(a.lines, b.lines)

	bound := p.String
	p = Point{9, 9}
	fmt.Println(bound(), p.String())
	upper := strings.ToUpper
	var sb strings.Builder
	write := sb.WriteString
	write(upper("abc"))
	write("-")
	fmt.Println(sb.String())
	ops := map[string]func(Point, Point) Point{"add": Point.Add}
	fmt.Println(ops["add"](Point{1, 1}, Point{2, 2}))
	var st fmt.Stringer = q
	m := st.String
	fmt.Println(m())
	fs := []func() string{}
	for _, pt := range []Point{{1, 0}, {0, 1}} {
		fs = append(fs, pt.String)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
