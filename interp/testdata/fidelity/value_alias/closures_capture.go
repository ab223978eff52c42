// Closures capturing variables: counters, per-iteration loop variables
// (Go 1.22), deferred closures reading final values, and func slices.
package main

import (
	"fmt"
	"strings"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

func deferred() (out string) {
	x := "start"
	defer func() { out = out + "|" + x }()
	defer fmt.Print("deferred arg: ", x, "\n")
	x = "end"
	return "ret"
}

func main() {
	next, reset := counter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())

	var funcs []func() string
	for i, s := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return fmt.Sprint(i, s) })
	}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() string { return fmt.Sprint("i", i) })
	}
	var parts []string
	for _, f := range funcs {
		parts = append(parts, f())
	}
	fmt.Println(strings.Join(parts, " "))

	calls := 0
	slowSquare := func(x int) int { calls++; return x * x }
	fast := memo(slowSquare)
	fmt.Println(fast(4), fast(4), fast(5), calls)

	fmt.Println(deferred())

	x := 1
	inc := func() { x++ }
	show := func() int { return x }
	inc()
	inc()
	x *= 10
	fmt.Println(show(), x)

	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", n)] = func(v int) int { return v + n }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))

	acc := 0
	apply := func(fs ...func(int) int) {
		for _, f := range fs {
			acc = f(acc)
		}
	}
	apply(adders["add10"], func(v int) int { return v * 3 }, adders["add1"])
	fmt.Println(acc)

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
}
