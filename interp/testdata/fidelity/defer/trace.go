package main

import (
	"fmt"
	"strings"
)

var depth int

func trace(name string) func() {
	fmt.Printf("%senter %s\n", strings.Repeat("  ", depth), name)
	depth++
	return func() {
		depth--
		fmt.Printf("%sexit %s\n", strings.Repeat("  ", depth), name)
	}
}

func a() {
	defer trace("a")()
	b()
	c()
}

func b() {
	defer trace("b")()
	c()
}

func c() {
	defer trace("c")()
}

func main() {
	defer trace("main")()
	a()
}
