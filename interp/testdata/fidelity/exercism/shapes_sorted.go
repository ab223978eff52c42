package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }

type Logger interface{ Log(string) }
type stdLogger struct{ prefix string }

func (l stdLogger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	Name string
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

type Inventory struct {
	Items map[string]Shape
	Order []string
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Square{Rect{2, 2}}, Circle{0.5}}
	sort.Sort(ByArea(shapes))
	fmt.Println(shapes)
	for i, s := range shapes {
		fmt.Printf("%d %T %v %.2f %.2f\n", i, s, s, s.Area(), s.Perimeter())
	}
	svc := Service{stdLogger{"[svc] "}, "api"}
	svc.Log("started")
	fmt.Println(svc)
	fmt.Printf("%+v\n", svc)
	inv := Inventory{Items: map[string]Shape{"b": Circle{2}, "a": Rect{1, 1}}, Order: []string{"a", "b"}}
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv)
	var total float64
	for _, s := range shapes {
		switch v := s.(type) {
		case Square:
			fmt.Println("square side", v.W)
		case Rect:
			fmt.Println("rect", v.W, v.H)
		case Circle:
			fmt.Println("circle", v.R)
		}
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	grouped := map[string][]Shape{}
	for _, s := range shapes {
		k := fmt.Sprintf("%T", s)
		grouped[k] = append(grouped[k], s)
	}
	keys := make([]string, 0, len(grouped))
	for k := range grouped {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, grouped[k], len(grouped[k]))
	}
}
