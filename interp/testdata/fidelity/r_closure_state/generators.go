package main

import (
	"fmt"
	"strings"
)

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	hits := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				hits++
				return v
			}
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return hits
		}
}

type Middleware func(string) string

func compose(ms ...Middleware) Middleware {
	return func(s string) string {
		for i := len(ms) - 1; i >= 0; i-- {
			s = ms[i](s)
		}
		return s
	}
}

func prefixer(p string) Middleware { return func(s string) string { return p + s } }

func accumulator() (add func(int), total func() int) {
	sum := 0
	add = func(n int) { sum += n }
	total = func() int { return sum }
	return
}

func main() {
	f := fibGen()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var slowSq func(int) int
	calls := 0
	slowSq = func(n int) int { calls++; return n * n }
	sq, hits := memo(slowSq)
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("calls", calls, "hits", hits())

	pipeline := compose(strings.ToUpper, prefixer(">> "), strings.TrimSpace)
	fmt.Printf("%q\n", pipeline("  hello  "))

	add, total := accumulator()
	for i := 1; i <= 4; i++ {
		add(i * i)
	}
	fmt.Println(total())

	var memoFib func(int) int
	table := map[int]int{}
	memoFib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := table[n]; ok {
			return v
		}
		table[n] = memoFib(n-1) + memoFib(n-2)
		return table[n]
	}
	fmt.Println(memoFib(50), len(table))

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["a"]()
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())
	deferred := []string{}
	func() {
		for i := range 3 {
			defer func() { deferred = append(deferred, fmt.Sprint("d", i)) }()
		}
	}()
	fmt.Println(deferred)
}
