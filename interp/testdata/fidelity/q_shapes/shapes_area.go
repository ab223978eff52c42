package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square float64
type Triangle [3]float64

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) Area() float64      { return float64(s * s) }
func (s Square) Perimeter() float64 { return float64(4 * s) }
func (t Triangle) Perimeter() float64 {
	return t[0] + t[1] + t[2]
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t[0]) * (s - t[1]) * (s - t[2]))
}

func (c Circle) String() string { return fmt.Sprintf("circle(r=%g)", c.R) }
func (s Square) String() string { return fmt.Sprintf("square(%g)", float64(s)) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func name(s Shape) string {
	if st, ok := s.(fmt.Stringer); ok {
		return st.String()
	}
	return strings.ToLower(fmt.Sprintf("%T", s))
}

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, Square(2), Triangle{3, 4, 5}, Circle{0.5}, Square(1.5)}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-16s area=%7.3f perim=%7.3f\n", name(s), s.Area(), s.Perimeter())
	}
	fmt.Println(shapes)
	var total float64
	kinds := map[string]int{}
	for _, s := range shapes {
		total += s.Area()
		switch s.(type) {
		case Circle:
			kinds["circle"]++
		case Square:
			kinds["square"]++
		case Rect, Triangle:
			kinds["polygon"]++
		}
	}
	fmt.Printf("total %.3f %v\n", total, kinds)
	largest := shapes[len(shapes)-1]
	if r, ok := largest.(Rect); ok {
		fmt.Println("largest is a rect", r.W, r.H)
	}
	for _, s := range shapes {
		if sq, ok := s.(Square); ok {
			fmt.Println("square side", float64(sq), sq)
		}
	}
	fmt.Println(shapes[0] == Shape(Circle{0.5}), shapes[1] == Shape(Square(1.5)))
}
