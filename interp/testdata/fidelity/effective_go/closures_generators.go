package main

import (
	"fmt"
	"strings"
)

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Middleware func(Handler) Handler
type Handler func(string) string

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "before "+req)
			resp := next(req)
			*log = append(*log, "after "+resp)
			return resp
		}
	}
}

func upper(next Handler) Handler {
	return func(req string) string { return strings.ToUpper(next(req)) }
}

type counter struct{ hits map[string]int }

func (c *counter) track(name string) func() {
	return func() { c.hits[name]++ }
}

func memo(f func(int) int) func(int) int {
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

func main() {
	f := fibonacci()
	var fs []string
	for i := 0; i < 10; i++ {
		fs = append(fs, fmt.Sprint(f()))
	}
	fmt.Println(strings.Join(fs, ","))

	var log []string
	h := chain(func(s string) string { return "hello " + s }, logging(&log), upper)
	fmt.Println(h("gopher"))
	fmt.Println(strings.Join(log, " | "))

	c := &counter{hits: map[string]int{}}
	a, b := c.track("a"), c.track("b")
	for i := 0; i < 3; i++ {
		a()
	}
	b()
	fmt.Println(c.hits["a"], c.hits["b"])

	calls := 0
	var slowSquare func(int) int
	slowSquare = func(n int) int { calls++; return n * n }
	fast := memo(slowSquare)
	for _, n := range []int{4, 4, 5, 4, 5, 6} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", calls)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 5, 10} {
		adders[fmt.Sprintf("add%d", n)] = func(x int) int { return x + n }
	}
	fmt.Println(adders["add1"](1), adders["add5"](1), adders["add10"](1))
}
