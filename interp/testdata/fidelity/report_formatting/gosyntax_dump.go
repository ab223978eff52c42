package main

import (
	"fmt"
	"time"
)

type Color uint8

const (
	Red Color = iota
	Green
	Blue
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Fill   *Color
	Meta   map[string]any
	Tags   [2]string
	Born   time.Duration
	inner  struct{ a, b int }
	Parent *Shape
}

func main() {
	c := Blue
	s := Shape{
		Name:   "tri",
		Points: []Point{{0, 0}, {4, 0}, {0, 3}},
		Fill:   &c,
		Meta:   map[string]any{"area": 6.0, "closed": true, "n": 3},
		Tags:   [2]string{"geo", ""},
		Born:   1500 * time.Millisecond,
	}
	s.inner.a = 7
	child := s
	child.Name = "child"
	child.Parent = &s
	child.Fill = nil
	child.Meta = nil
	fmt.Printf("%v\n", s.Points)
	fmt.Printf("%+v\n", s.Points)
	fmt.Printf("%#v\n", s.Points)
	fmt.Printf("%#v\n", s.Meta)
	fmt.Printf("%#v %#v %#v\n", s.Tags, s.Born, *s.Fill)
	fmt.Printf("%v %d %x %#x %08b\n", c, c, c, c, c)
	fmt.Printf("%+v\n", s.inner)
	fmt.Printf("%#v\n", s.inner)
	fmt.Printf("%v\n", child.Parent == &s)
	fmt.Printf("%+v\n", struct {
		A []int
		B map[int]string
		C *int
		D any
		E error
		F func()
	}{A: []int{}, B: map[int]string{2: "b", 1: "a"}})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, Point{1, 2}, []int(nil), map[string]int{}})
	fmt.Printf("%#v %#v %#v\n", int64(-5), uint(5), uintptr(9))
	fmt.Printf("%#v %#v\n", 'x', []rune("hi"))
	fmt.Printf("%#v %#v\n", []byte("hi"), [3]bool{true})
	fmt.Printf("%#v\n", &Point{3, 4})
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%T %T %T %T\n", s, &s, s.Meta, s.Fill)
	fmt.Printf("%v\n", time.Duration(0))
	fmt.Printf("%#v\n", Green)
	fmt.Printf("%#q %#q\n", "back`tick", "plain")
}
