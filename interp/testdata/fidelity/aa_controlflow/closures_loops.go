package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(string) string

func main() {
	var fns []func() int
	for i := 0; i < 4; i++ {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	words := []string{"alpha", "beta", "gamma"}
	handlers := map[string]Handler{}
	for _, w := range words {
		handlers[w] = func(s string) string { return w + ":" + s }
	}
	keys := make([]string, 0)
	for k := range handlers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(handlers[k]("x"))
	}

	counter := func() (func() int, func()) {
		n := 0
		return func() int { n++; return n }, func() { n = 100 }
	}
	inc, reset := counter()
	inc()
	inc()
	reset()
	fmt.Println(inc())

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		*p *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	acc := []string{}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		defer func() { acc = append(acc, fmt.Sprint(i, j)) }()
		fn := func() { acc = append(acc, fmt.Sprintf("(%d,%d)", i, j)) }
		fn()
	}
	fmt.Println(strings.Join(acc, " "))

	adders := make([]func(int) int, 0)
	for _, step := range []int{1, 5, 10} {
		adders = append(adders, func(x int) int { return x + step })
	}
	v := 0
	for _, a := range adders {
		v = a(v)
	}
	fmt.Println("v:", v)
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for i := len(fs) - 1; i >= 0; i-- {
				x = fs[i](x)
			}
			return x
		}
	}
	double := func(x int) int { return 2 * x }
	fmt.Println(compose(double, adders[2], double)(3))
}
