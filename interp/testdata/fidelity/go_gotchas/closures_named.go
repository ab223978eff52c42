package main

import (
	"errors"
	"fmt"
	"strings"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
			q = -1
		}
	}()
	q = a / b
	return
}

func withCleanup() (out []string) {
	add := func(s string) { out = append(out, s) }
	defer add("cleanup")
	add("start")
	return []string{"replaced"}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func readAll(parts []string) (n int, err error) {
	for _, p := range parts {
		if p == "" {
			err = errors.New("empty part")
			break
		}
		n += len(p)
	}
	return
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withCleanup())

	f := fib()
	var fs []int
	for i := 0; i < 12; i++ {
		fs = append(fs, f())
	}
	fmt.Println(fs)

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Printf("%q\n", shout("  hello closure "))

	fmt.Println(readAll([]string{"ab", "cde"}))
	fmt.Println(readAll([]string{"ab", "", "x"}))

	var handlers []func() string
	for _, name := range []string{"x", "y", "z"} {
		handlers = append(handlers, func() string { return "handler " + name })
	}
	for _, h := range handlers {
		fmt.Print(h(), "; ")
	}
	fmt.Println()

	memo := map[int]int{}
	var fibm func(int) int
	fibm = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fibm(n-1) + fibm(n-2)
		return memo[n]
	}
	fmt.Println(fibm(80), len(memo))

	x := 10
	addX := func(y int) int { return x + y }
	x = 20
	fmt.Println(addX(1))

	acc := func() func(int) int {
		sum := 0
		return func(v int) int { sum += v; return sum }
	}()
	for _, v := range []int{5, 10, 15} {
		fmt.Print(acc(v), " ")
	}
	fmt.Println()
}
