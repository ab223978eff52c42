package main

import "fmt"

type Shape interface{ Area() float64 }
type Named interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Square struct{ S float64 }
type Node struct{ Next *Node }
type Celsius float64
type Tags map[string]int

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (s Square) Area() float64 { return s.S * s.S }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
			if err, ok := r.(error); ok {
				fmt.Printf("  error: %s\n", err.Error())
			}
		}
	}()
	f()
}

func main() {
	var x any = Circle{1}
	var s Shape = Circle{2}
	var c any = Celsius(21.5)
	var t any = Tags{"a": 1}
	var n any = &Node{}
	try("square", func() { _ = x.(Square) })
	try("named", func() { _ = s.(Named) })
	try("named-any", func() { _ = x.(Named) })
	try("node", func() { _ = x.(*Node) })
	try("ints", func() { _ = x.([]int) })
	try("map", func() { _ = x.(map[string]Circle) })
	try("func", func() { _ = x.(func()) })
	try("float", func() { _ = c.(float64) })
	try("celsius-as-tags", func() { _ = c.(Tags) })
	try("tags-as-map", func() { _ = t.(map[string]int) })
	try("node-value", func() { _ = n.(Node) })
	try("nil", func() { var e any; _ = e.(Shape) })
}
