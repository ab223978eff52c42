package main

import "fmt"

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = iota * 100
	_
	y
	z = "str"
	w
	v = iota
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w, v)
	fmt.Println(Red, Green, Blue)
}
