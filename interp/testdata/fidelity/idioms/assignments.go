package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("divide by zero")
		return
	}
	return a / b, a % b, nil
}

func main() {
	m := map[string]int{}
	var ok bool
	m["a"], ok = 1, true
	fmt.Println(m, ok)
	var v int
	v, ok = m["b"]
	fmt.Println(v, ok)
	words := map[string]string{}
	for _, w := range []string{"x", "y", "x"} {
		words[w] += w + "!"
	}
	fmt.Println(words)
	arr := [5]int{1, 2, 3, 4, 5}
	arr[0], arr[4] = arr[4], arr[0]
	s := arr[1:4]
	s[0] = 20
	fmt.Println(arr, s, len(s), cap(s))
	s = append(s, 40)
	fmt.Println(arr, s)
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, arr)
	var p *Point
	var err error
	q, r, err := divmod(17, 5)
	fmt.Println(q, r, err, p == nil)
	_, _, err = divmod(1, 0)
	fmt.Println(err)
	pts := []Point{{1, 2}, {3, 4}}
	for i := range pts {
		pts[i].Scale(2)
	}
	for _, pt := range pts {
		pt.Scale(100)
	}
	fmt.Println(pts, pts[0].Add(pts[1]))
	add := Point.Add
	scale := (*Point).Scale
	pp := Point{1, 1}
	scale(&pp, 5)
	fmt.Println(add(pp, Point{1, 0}), pp)
	bound := pp.Add
	pp.X = 100
	fmt.Println(bound(Point{}), pp)
	n, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	fmt.Println(n, errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	ps[0], ps[1] = ps[1], ps[0]
	fmt.Printf("%v %+v\n", ps, ps[0])
	x, y := 1, 2
	x, y = y, x+y
	x, y = y, x+y
	fmt.Println(x, y)
	var a, b, c = 1, "two", 3.0
	fmt.Println(a, b, c)
	const (
		KB = 1 << (10 * (iota + 1))
		MB
		GB
	)
	fmt.Println(KB, MB, GB, 7&^5, -7/2, -7%2, 1<<3|1)
	matrix := [2][2]int{{1, 2}, {3, 4}}
	matrix2 := matrix
	matrix2[1][1] = 40
	fmt.Println(matrix == matrix2, matrix, matrix2)
	keys := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(keys, keys[Point{1, 2}])
}
