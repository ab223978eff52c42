package main

import (
	"fmt"
	"sort"
)

func main() {
	dbl := func(a int) int { return a * 2 }
	sq := func(a int) int { return a * a }
	ops := map[string]func(int) int{"double": dbl, "square": sq, "negate": func(a int) int { return -a }}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](7))
	}
	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return g(f(x)) }
	}
	fmt.Println(compose(dbl, sq)(3), compose(sq, dbl)(3))

	var nilFn func()
	fmt.Println(nilFn == nil)
}
