package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-12s no panic\n", name)
			return
		}
		_, isRT := r.(runtime.Error)
		fmt.Printf("%-12s %v (runtime.Error=%v)\n", name, r, isRT)
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int = []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j+0] })
	try("slice hi", func() { _ = s[1:i] })
	try("slice lo>hi", func() { lo := 3; hi := 2; _ = s[lo:hi] })
	try("slice3", func() { _ = s[0:2:i] })
	str := "hello"
	try("str index", func() { _ = str[i+1] })
	try("str slice", func() { _ = str[2 : i+5] })
	var arr [4]int
	try("array", func() { arr[i-1] = 1; _ = arr[i] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	try("nil map read", func() { _ = m["a"] })
	var p *T
	try("nil ptr", func() { p.x = 1 })
	zero := 0
	try("div zero", func() { _ = 10 / zero })
	try("mod zero", func() { _ = 10 % zero })
	try("float div", func() { f := 0.0; fmt.Println("  float:", 1/f) })
	ch := make(chan int)
	close(ch)
	try("send closed", func() { ch <- 1 })
	try("close closed", func() { close(ch) })
	var nilch chan int
	try("close nil", func() { close(nilch) })
	var fn func()
	try("nil func", func() { fn() })
	try("conv", func() { _ = make([]int, zero-1) })
}
