package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Segment struct {
	A, B Point
	Tag  string
}

type Key struct {
	Name string
	Ver  [2]int
}

type Iface interface{ M() }
type T1 struct{ v int }

func (T1) M() {}

type T2 struct{ v int }

func (*T2) M() {}

func main() {
	s1 := Segment{Point{0, 0}, Point{1, 1}, "a"}
	s2 := Segment{Point{0, 0}, Point{1, 1}, "a"}
	s3 := s1
	s3.B.Y = 2
	fmt.Println(s1 == s2, s1 == s3, s1.A == s3.A)

	seen := map[Key]bool{}
	for _, k := range []Key{{"x", [2]int{1, 0}}, {"x", [2]int{1, 0}}, {"x", [2]int{1, 1}}} {
		if seen[k] {
			fmt.Println("dup", k)
		}
		seen[k] = true
	}
	fmt.Println(len(seen))

	var a, b Iface = T1{1}, T1{1}
	fmt.Println(a == b, a != T1{2})
	p1, p2 := &T2{1}, &T2{1}
	var c, d Iface = p1, p2
	fmt.Println(c == d, c == Iface(p1))
	var e1, e2 any = Point{1, 2}, Point{1, 2}
	fmt.Println(e1 == e2, e1 == any(Point{2, 1}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f1, f2 any = []int{1}, []int{1}
		fmt.Println(f1 == f2)
	}()
	pts := []Point{{3, 1}, {1, 2}, {1, 1}, {2, 5}}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	fmt.Println(pts)
	type anon = struct{ A int }
	x := anon{1}
	y := struct{ A int }{1}
	fmt.Println(x == y)
	fmt.Printf("%v %+v %#v\n", s1, s1, pts[0])
}
