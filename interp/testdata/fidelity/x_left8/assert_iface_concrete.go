package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Temp float64

func (t Temp) Area() float64 { return float64(t) }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return c.R }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "my" }

type Handler func(string) string
type Codes []int

func (c Codes) Area() float64 { return 0 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var s Shape = Temp(2)
	try("shape-temp", func() { _ = s.(Circle) })
	var s2 Shape = &Circle{1}
	try("shape-ptr", func() { _ = s2.(Circle) })
	var s3 Shape = Codes{1}
	try("shape-codes", func() { _ = s3.(Temp) })
	var e error = MyErr{1}
	try("err-ptr", func() { _ = e.(*MyErr) })
	var e2 error = errors.New("x")
	try("err-my", func() { _ = e2.(MyErr) })
	var h any = Handler(strings.ToUpper)
	try("handler", func() { _ = h.(func(string) string) })
	var r io.Reader = strings.NewReader("x")
	try("reader", func() { _ = r.(io.Writer) })
	var w io.Writer = &strings.Builder{}
	try("writer-myerr", func() { _ = w.(error) })
	var c any = Codes{1}
	try("codes-shape", func() { _ = c.(interface{ Perimeter() float64 }) })
	try("codes-slice", func() { _ = c.([]int) })
}
