package main

import (
	"fmt"
	"strings"
)

// fibGen returns a generator of Fibonacci numbers.
func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

// take collects n values from a generator.
func take[T any](n int, next func() T) []T {
	out := make([]T, 0, n)
	for range n {
		out = append(out, next())
	}
	return out
}

func mapGen[T, U any](g func() T, f func(T) U) func() U {
	return func() U { return f(g()) }
}

func filterGen[T any](g func() T, keep func(T) bool) func() T {
	return func() T {
		for {
			v := g()
			if keep(v) {
				return v
			}
		}
	}
}

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		defer func() { n += step }()
		return n
	}
	reset = func() { n = start }
	return
}

func cycle(items ...string) func() string {
	i := -1
	return func() string {
		i = (i + 1) % len(items)
		return items[i]
	}
}

func main() {
	fmt.Println(take(12, fibGen()))
	evens := filterGen(fibGen(), func(n int) bool { return n%2 == 0 })
	fmt.Println(take(6, evens))
	sq := mapGen(fibGen(), func(n int) string { return fmt.Sprintf("<%d>", n*n) })
	fmt.Println(strings.Join(take(6, sq), ""))

	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next(), next())

	colors := cycle("red", "green", "blue")
	var b strings.Builder
	for i := range 7 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(colors())
	}
	fmt.Println(b.String())

	var gens []func() int
	for i := range 3 {
		gens = append(gens, func() int { i *= 2; return i })
	}
	for _, g := range gens {
		fmt.Print(g(), g(), " ")
	}
	fmt.Println()

	f1, f2 := fibGen(), fibGen()
	f1()
	f1()
	fmt.Println(f1(), f2(), f1(), f2())
	primes := func() func() int {
		var found []int
		n := 1
		return func() int {
			for {
				n++
				isPrime := true
				for _, p := range found {
					if p*p > n {
						break
					}
					if n%p == 0 {
						isPrime = false
						break
					}
				}
				if isPrime {
					found = append(found, n)
					return n
				}
			}
		}
	}()
	fmt.Println(take(15, primes))
}
