package main

import (
	"fmt"
)

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	tags  []string
}

type Shape interface{ Area() float64 }

type Rect struct {
	W, H float64
	Tag  *string
}

func (r Rect) Area() float64 { return r.W * r.H }

type Grid [2][3]int

type Inventory map[string]int

type node struct {
	val  int
	next *node
}

func main() {
	p := Point{1, -2}
	l := Line{A: p, B: Point{3, 4}, Label: "diag", tags: []string{"x", "y"}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n%T\n", l, l, l, l)
	fmt.Printf("%v %+v %T\n", &p, &l, &l)

	name := "box"
	r := Rect{2, 3.5, nil}
	r2 := Rect{1, 1, &name}
	fmt.Println(*r2.Tag, r2.Tag != nil)
	var s Shape = r
	fmt.Printf("%v %T %.1f\n", s, s, s.Area())
	fmt.Printf("%+v\n", Rect{W: 1, H: 1})
	fmt.Printf("%#v\n", Rect{W: 1, H: 1})

	g := Grid{{1, 2, 3}, {4, 5, 6}}
	fmt.Printf("%v %#v %T\n", g, g, g)
	inv := Inventory{"apple": 3, "pear": 0, "fig": 12}
	fmt.Printf("%v\n%#v\n%T %d\n", inv, inv, inv, len(inv))

	n := &node{1, &node{2, nil}}
	fmt.Printf("%v %+v\n", n.val, *n.next)

	ptrs := []*Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %d\n", *ptrs[0], len(ptrs))
	fmt.Printf("%v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%+v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", []Point{{1, 2}})
	fmt.Printf("%v %+v\n", map[Point]string{{0, 0}: "origin", {1, 1}: "one"}, map[string]Point{"a": {5, 6}})
	fmt.Printf("%q %x %X\n", []string{"a b", "c\"d"}, "hi", []byte("Go"))
	fmt.Printf("%x % x %#x\n", []int{10, 255}, []byte{1, 2, 171}, 255)
	fmt.Printf("%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42)
	fmt.Printf("%8.3s|%-8s|%q|%v\n", "abcdef", "go", 'x', 'x')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %#v %T\n", []any{1, "a", nil, 2.5}, []any{1, "a"}, []any{})
	fmt.Printf("%#v %#v %#v\n", struct{ A int }{1}, [2]bool{true}, map[string]int(nil))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%[2]d %[1]d %*d|%-*d|\n", 1, 2, 5, 7, 4, 8)
}
