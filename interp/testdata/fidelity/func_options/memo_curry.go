package main

import (
	"fmt"
	"strings"
)

func memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func counterGen() (inc func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	reset = func() { n = 0 }
	return
}

var fib func(int) int

func main() {
	var count func() int
	fib, count = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), count())
	fmt.Println(fib(30), count())

	shout := compose(strings.TrimSpace, strings.ToUpper)
	exclaim := compose(shout, func(s string) string { return s + "!" })
	fmt.Println(exclaim("  hello there "))
	length := compose(exclaim, func(s string) int { return len(s) })
	fmt.Println(length(" abc "))

	add := curry(func(a, b int) int { return a + b })
	mul := curry(func(a, b int) int { return a * b })
	add5, double := add(5), mul(2)
	pipeline := []func(int) int{add5, double, add(-1)}
	x := 3
	for _, f := range pipeline {
		x = f(x)
	}
	fmt.Println(x)

	inc, reset := counterGen()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())

	var adders []func() int
	for i := 0; i < 3; i++ {
		adders = append(adders, func() int { return i * 10 })
	}
	for _, a := range adders {
		fmt.Print(a(), " ")
	}
	fmt.Println()
}
