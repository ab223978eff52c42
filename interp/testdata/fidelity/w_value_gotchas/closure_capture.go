package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func makeAdders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}

func main() {
	for _, f := range makeAdders() {
		fmt.Print(f(10), " ")
	}
	fmt.Println()
	c := Counter{name: "a"}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	cs := []Counter{{"x", 0}, {"y", 10}}
	var incs []func() int
	for i := range cs {
		incs = append(incs, cs[i].Inc)
	}
	for _, c := range cs {
		incs = append(incs, c.Inc)
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println(cs)
	acc := map[string]func() string{}
	for _, w := range strings.Fields("red green blue") {
		acc[w] = func() string { return strings.ToUpper(w) }
	}
	keys := make([]string, 0)
	for k := range acc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(acc[k](), " ")
	}
	fmt.Println()
	x := 1
	defer fmt.Println("deferred sees", x)
	show := func() { fmt.Println("closure sees", x) }
	x = 2
	show()
	memo := func() func(int) int {
		cache := map[int]int{}
		var fib func(int) int
		fib = func(n int) int {
			if n < 2 {
				return n
			}
			if v, ok := cache[n]; ok {
				return v
			}
			cache[n] = fib(n-1) + fib(n-2)
			return cache[n]
		}
		return fib
	}()
	fmt.Println(memo(50), memo(10))
	var later []func()
	for i := range 3 {
		defer func() { fmt.Print("d", i, " ") }()
		later = append(later, func() { fmt.Print("l", i, " ") })
	}
	for _, f := range later {
		f()
	}
	fmt.Println()
}
