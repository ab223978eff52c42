package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-10s ok\n", name)
			return
		}
		switch v := r.(type) {
		case runtime.Error:
			fmt.Printf("%-10s runtime error: %v\n", name, v)
		case error:
			fmt.Printf("%-10s error: %v (is sentinel: %v)\n", name, v, errors.Is(v, errSentinel))
		case string:
			fmt.Printf("%-10s string: %s\n", name, v)
		default:
			fmt.Printf("%-10s %T: %v\n", name, v, v)
		}
	}()
	f()
}

var errSentinel = errors.New("sentinel")

type point struct{ x, y int }

func main() {
	var arr []int
	var m map[string]int
	var p *point
	var i any = "str"
	zero := 0
	try("index", func() { _ = arr[3] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { fmt.Println(p.x) })
	try("divide", func() { fmt.Println(10 / zero) })
	try("assert", func() { _ = i.(int) })
	try("slice", func() {
		s := []int{1, 2, 3}
		hi := 5
		_ = s[1:hi]
	})
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errSentinel)) })
	try("string", func() { panic("plain message") })
	try("int", func() { panic(42) })
	try("struct", func() { panic(point{1, 2}) })
	try("fine", func() {})
	try("atoi", func() {
		if _, err := strconv.Atoi("12a"); err != nil {
			panic(err)
		}
	})
	try("closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("repanic", func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("re: %v", r))
			}
		}()
		panic("first")
	})
	var re runtime.Error
	func() {
		defer func() { re, _ = recover().(runtime.Error) }()
		_ = arr[1]
	}()
	fmt.Println(re != nil, re)
}
