package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func check(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
			if err, ok := r.(error); ok {
				var te interface{ RuntimeError() }
				fmt.Println("  is error, runtime:", errors.As(err, &te))
			}
		}
	}()
	f()
}

func main() {
	var x any = 42
	check("int to string", func() { _ = x.(string) })
	check("int to int64", func() { _ = x.(int64) })
	var sh Shape = Square{2}
	check("square to circle", func() { _ = sh.(*Circle) })
	check("shape to stringer", func() { _ = sh.(fmt.Stringer) })
	var none any
	check("nil to int", func() { _ = none.(int) })
	var r io.Reader = strings.NewReader("x")
	check("reader to writer", func() { _ = r.(io.Writer) })
	check("reader to bytes reader", func() { _ = r.(*bytes.Reader) })
	var emptyShape Shape
	check("nil shape", func() { _ = emptyShape.(Square) })
	check("ok", func() {
		v := x.(int)
		fmt.Println("ok value", v)
	})
	var c Shape = &Circle{1}
	check("circle value", func() { _ = c.(Square) })
	check("slice", func() { var y any = []string{"a"}; _ = y.([]int) })
	check("map", func() { var y any = map[string]int{}; _ = y.(map[string]string) })
	check("func", func() { var y any = func(int) {}; _ = y.(func()) })
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
}
