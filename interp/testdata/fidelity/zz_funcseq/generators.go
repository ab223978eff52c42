package main

import (
	"fmt"
	"strings"
)

func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func cycle[T any](xs ...T) func() T {
	i := -1
	return func() T {
		i = (i + 1) % len(xs)
		return xs[i]
	}
}

type Gen func() (string, bool)

func lines(text string) Gen {
	rest := text
	return func() (string, bool) {
		if rest == "" {
			return "", false
		}
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		return line, true
	}
}

func (g Gen) Filter(pred func(string) bool) Gen {
	return func() (string, bool) {
		for {
			s, ok := g()
			if !ok || pred(s) {
				return s, ok
			}
		}
	}
}

func (g Gen) Each(f func(int, string)) int {
	i := 0
	for s, ok := g(); ok; s, ok = g() {
		f(i, s)
		i++
	}
	return i
}

func accumulators() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		total := i * 100
		fs = append(fs, func(x int) int {
			total += x
			return total
		})
	}
	return fs
}

func main() {
	c := counter(10, 5)
	fmt.Println(c(), c(), c())
	f := fibGen()
	var fibs []int
	for range 12 {
		fibs = append(fibs, f())
	}
	fmt.Println(fibs)
	colors := cycle("red", "green", "blue")
	for i := 0; i < 5; i++ {
		fmt.Print(colors(), " ")
	}
	fmt.Println()
	log := "INFO start\nDEBUG x=1\nWARN disk 91%\nINFO ready\nERROR boom\n\nWARN slow"
	n := lines(log).Filter(func(s string) bool {
		return strings.HasPrefix(s, "WARN") || strings.HasPrefix(s, "ERROR")
	}).Each(func(i int, s string) { fmt.Printf("%d) %s\n", i+1, s) })
	fmt.Println("matched", n, "of", lines(log).Each(func(int, string) {}))
	accs := accumulators()
	fmt.Println(accs[0](1), accs[1](1), accs[2](1), accs[0](10), accs[2](5))
	nums := cycle(1.5, 2.5)
	fmt.Println(nums()+nums()+nums(), fmt.Sprintf("%T", nums))
}
