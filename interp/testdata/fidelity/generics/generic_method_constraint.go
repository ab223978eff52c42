package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func Largest[S Shape](shapes []S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

func main() {
	rs := []Rect{{1, 2}, {3, 4}, {2, 2}}
	fmt.Println(Largest(rs))

	mixed := []Shape{Rect{1, 1}, Circle{2}, Rect{3, 3}}
	b := Largest(mixed)
	fmt.Println(b.Name(), b.Area())
	fmt.Println(JoinAll([]ID{1, 22, 333}))
}
