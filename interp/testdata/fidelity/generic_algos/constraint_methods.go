package main

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square float64

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (s Square) Area() float64      { return float64(s * s) }
func (s Square) Perimeter() float64 { return float64(4 * s) }

func Largest[S Shape](shapes []S) (S, int) {
	var best S
	idx := -1
	for i, s := range shapes {
		if idx < 0 || s.Area() > best.Area() {
			best, idx = s, i
		}
	}
	return best, idx
}

func TotalArea[S Shape](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Number interface {
	~int | ~int64 | ~float64
}

type Measurable[N Number] interface {
	Measure() N
	Label() string
}

type Weight int

func (w Weight) Measure() int  { return int(w) }
func (w Weight) Label() string { return fmt.Sprintf("%dkg", int(w)) }

type Temp float64

func (t Temp) Measure() float64 { return float64(t) }
func (t Temp) Label() string    { return fmt.Sprintf("%.1f°C", float64(t)) }

func Summary[N Number, M Measurable[N]](items []M) string {
	var total N
	labels := make([]string, len(items))
	for i, it := range items {
		total += it.Measure()
		labels[i] = it.Label()
	}
	return fmt.Sprintf("%s total=%v", strings.Join(labels, ","), total)
}

type Cloner[T any] interface {
	Clone() T
}

type Doc struct {
	Title string
	Tags  []string
}

func (d *Doc) Clone() *Doc {
	c := *d
	c.Tags = append([]string(nil), d.Tags...)
	return &c
}

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

type PtrSetter[T any] interface {
	*T
	Set(string)
}

type Config struct{ val string }

func (c *Config) Set(s string) { c.val = "cfg:" + s }

func Build[T any, PT PtrSetter[T]](inputs []string) []T {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		PT(&out[i]).Set(in)
	}
	return out
}

func main() {
	rects := []Rect{{3, 4}, {10, 1}, {5, 5}}
	r, i := Largest(rects)
	fmt.Printf("largest rect %+v at %d area %.1f\n", r, i, r.Area())
	c, i := Largest([]Circle{{1}, {2.5}, {2}})
	fmt.Printf("largest circle %+v at %d perim %.3f\n", c, i, c.Perimeter())
	shapes := []Shape{Rect{1, 2}, Circle{1}, Square(3)}
	s, i := Largest(shapes)
	fmt.Printf("largest shape %T %v at %d\n", s, s, i)
	fmt.Printf("%.3f %.3f\n", TotalArea(Square(1), Square(2)), TotalArea(shapes...))
	_, idx := Largest([]Square{})
	fmt.Println("empty:", idx)

	fmt.Println(Summary[int]([]Weight{3, 5, 12}))
	fmt.Println(Summary[float64]([]Temp{21.5, 19, 23.25}))

	docs := []*Doc{{"a", []string{"x"}}, {"b", nil}}
	cl := CloneAll(docs)
	cl[0].Tags[0] = "changed"
	cl[1].Title = "B"
	fmt.Println(docs[0].Tags, cl[0].Tags, docs[1].Title, cl[1].Title, docs[0] != cl[0])

	cfgs := Build[Config]([]string{"one", "two"})
	fmt.Println(cfgs, len(cfgs))
}
