package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			var re interface{ RuntimeError() }
			fmt.Printf("%-12s runtime=%-5t %v\n", name, errors.As(err, &re), err)
			return
		}
		fmt.Printf("%-12s value %T: %v\n", name, r, r)
	}()
	f()
}

func main() {
	xs := []int{1, 2, 3}
	var m map[string]int
	var s Shape
	var anyv any = "str"
	var p *Sq
	idx := 5
	zero := 0
	try("index", func() { _ = xs[idx] })
	try("slice", func() { _ = xs[2:idx] })
	try("slice3", func() { _ = xs[idx:] })
	try("nil map", func() { m["a"] = 1 })
	try("assert", func() { _ = anyv.(int) })
	try("assert2", func() { _ = anyv.(Shape) })
	try("nil iface", func() { _ = s.Area() })
	try("nil ptr", func() { _ = p.Area() })
	try("divide", func() { _ = 10 / zero })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("string", func() { panic("plain " + strings.Repeat("!", 3)) })
	try("int", func() { panic(42) })
	try("closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("neg len", func() { _ = make([]int, zero-1) })
	try("conv", func() { _ = [2]int(xs) })
	arr := [3]int{}
	try("array", func() { arr[idx%4] = 1 })
	try("str index", func() { _ = "abc"[idx] })
	fmt.Println("done")
}
