package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]string
}

func main() {
	a := Shape{"tri", []Point{{0, 0}, {1, 0}, {0, 1}}, map[string]string{"color": "red"}}
	b := Shape{"tri", []Point{{0, 0}, {1, 0}, {0, 1}}, map[string]string{"color": "red"}}
	c := Shape{"tri", []Point{{0, 0}, {1, 0}, {0, 2}}, map[string]string{"color": "red"}}

	fmt.Println("a == b deep:", reflect.DeepEqual(a, b))
	fmt.Println("a == c deep:", reflect.DeepEqual(a, c))
	fmt.Println("points equal:", reflect.DeepEqual(a.Points[:2], c.Points[:2]))

	var nilSlice []int
	empty := []int{}
	fmt.Println("nil vs empty slice:", reflect.DeepEqual(nilSlice, empty))
	fmt.Println("nil vs nil slice:", reflect.DeepEqual(nilSlice, []int(nil)))

	var m1 map[string]int
	m2 := map[string]int{}
	fmt.Println("nil vs empty map:", reflect.DeepEqual(m1, m2))

	fmt.Println("int vs int64:", reflect.DeepEqual(1, int64(1)))
	fmt.Println("same ints:", reflect.DeepEqual(42, 42))

	p1 := &Point{1, 2}
	p2 := &Point{1, 2}
	fmt.Println("pointers ==:", p1 == p2, "deep:", reflect.DeepEqual(p1, p2))

	nested1 := map[string][]Point{"a": {{1, 1}}, "b": {{2, 2}, {3, 3}}}
	nested2 := map[string][]Point{"b": {{2, 2}, {3, 3}}, "a": {{1, 1}}}
	fmt.Println("nested maps:", reflect.DeepEqual(nested1, nested2))

	var e1, e2 error
	fmt.Println("nil errors:", reflect.DeepEqual(e1, e2))
	fmt.Println("arrays:", reflect.DeepEqual([3]int{1, 2, 3}, [3]int{1, 2, 3}))

	type pair struct {
		k string
		v interface{}
	}
	x := []pair{{"n", 1}, {"s", "x"}, {"f", 1.5}}
	y := []pair{{"n", 1}, {"s", "x"}, {"f", 1.5}}
	fmt.Println("pairs with interfaces:", reflect.DeepEqual(x, y))
	y[2].v = float32(1.5)
	fmt.Println("after float32:", reflect.DeepEqual(x, y))
}
