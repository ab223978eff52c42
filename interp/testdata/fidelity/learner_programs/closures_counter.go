package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for i := len(ms) - 1; i >= 0; i-- {
			s = ms[i](s)
		}
		return s
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	calls := 0
	var fib func(int) int
	fib = memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)

	var fs []func() string
	for _, w := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return strings.Repeat(w, 2) })
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred", i) }()
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	up := Middleware(strings.ToUpper)
	trim := Middleware(strings.TrimSpace)
	exclaim := func(s string) string { return s + "!" }
	h := chain(exclaim, up, trim)
	fmt.Printf("%q\n", h("  hello world  "))

	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", n)] = func(x int) int { return x + n }
	}
	keys := make([]string, 0)
	for k := range adders {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, adders[k](5))
	}
	acc := func() func(int) []int {
		var xs []int
		return func(x int) []int { xs = append(xs, x); return xs }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3), len(acc(4)))
}
