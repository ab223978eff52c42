package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime error caught: %v\n", name, re.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type node struct{ next *node }

func main() {
	xs := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = xs[i] })
	try("slice", func() { _ = xs[1 : i+5] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var n *node
	try("nil pointer", func() { _ = n.next })
	zero := 0
	try("divide", func() { fmt.Println(10 / zero) })
	try("custom", func() { panic("something bad") })
}
