package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius   { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v ...int) { *l = append(*l, v...) }

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 {
	dx, dy := p.X-q.X, p.Y-q.Y
	return dx*dx + dy*dy
}

func (p *Point) Scale(f float64) { p.X *= f; p.Y *= f }

type StrSet map[string]struct{}

func (s StrSet) Add(w string)      { s[w] = struct{}{} }
func (s StrSet) Has(w string) bool { _, ok := s[w]; return ok }
func (s StrSet) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	temps := []Celsius{-40, 0, 37, 100}
	for _, c := range temps {
		fmt.Println(c, "=", c.ToF(), "=", c.ToF().ToC())
	}
	var l IntList
	l.Add(1, 2, 3)
	l.Add(10)
	fmt.Println(l, l.Sum(), len(l))

	p := Point{3, 4}
	dist := p.Dist
	p.Scale(2)
	fmt.Println(dist(Point{}), p.Dist(Point{}), p)
	scale := p.Scale
	scale(0.5)
	fmt.Println(p)
	distExpr := Point.Dist
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 10)
	fmt.Println(distExpr(p, Point{0, 0}), p)

	s := StrSet{}
	for _, w := range strings.Fields("to be or not to be") {
		s.Add(w)
	}
	fmt.Println(s.Sorted(), s.Has("be"), s.Has("is"), len(s))

	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3), Op(func(a, b int) int { return a * b }).Apply(4, 5))

	fns := []func() string{temps[2].String, Fahrenheit(212).String}
	temps[2] = 99
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	pts := []Point{{1, 1}, {2, 2}}
	for i := range pts {
		pts[i].Scale(3)
	}
	fmt.Println(pts)
	fmt.Printf("%v %s %.2f\n", Celsius(21.5), Fahrenheit(70), float64(Celsius(1)/3))
}
