package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func find(ok bool) *MyErr {
	if ok {
		return nil
	}
	return &MyErr{"not ok"}
}

func check(ok bool) error {
	return find(ok) // the classic gotcha: a typed nil in an interface
}

func checkFixed(ok bool) error {
	if e := find(ok); e != nil {
		return e
	}
	return nil
}

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r *Rect) Area() float64 { return r.W * r.H }

func main() {
	err := check(true)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(checkFixed(true) == nil, checkFixed(false))
	var me *MyErr
	fmt.Println(errors.As(check(false), &me), me.msg)

	var r *Rect
	var s Shape = r
	fmt.Println(s == nil, s != nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(s.Area())
	}()
	var s2 Shape
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(s2.Area())
	}()
	var m map[string][]int
	fmt.Println(len(m["x"]), m["x"] == nil)
	var p *Rect
	fmt.Println(p == nil)
	fmt.Println(p.Area())
}
