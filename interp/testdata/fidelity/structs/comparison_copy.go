package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1})

	l := Line{p1, Point{3, 4}}
	l2 := l
	l2.A.X = 100
	fmt.Println(l, l2, l == l2)

	pp := &l
	pp.B.Y = 40
	fmt.Println(l.B)

	seen := map[Line]bool{l: true}
	fmt.Println(seen[Line{Point{1, 2}, Point{3, 40}}])

	anon := struct {
		Name string
		Age  int
	}{"x", 1}
	type T struct {
		Name string
		Age  int
	}
	t := T(anon)
	fmt.Printf("%+v %+v\n", anon, t)
}
