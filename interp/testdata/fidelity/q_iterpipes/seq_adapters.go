package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

type Product struct {
	Name  string
	Price float64
	Tags  []string
}

func main() {
	evens := Filter(Count(1, 1), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)))
	fmt.Println(Reduce(Take(Count(1, 1), 10), 0, func(a, b int) int { return a + b }))

	words := strings.Fields("go is fun and go is fast but go is not magic")
	long := Filter(slices.Values(words), func(s string) bool { return len(s) > 2 })
	upper := Map(long, strings.ToUpper)
	fmt.Println(slices.Collect(upper))
	joined := Reduce(Map(slices.Values(words), func(s string) int { return len(s) }), "", func(acc string, n int) string {
		return acc + fmt.Sprint(n)
	})
	fmt.Println(joined)

	products := []Product{
		{"pen", 1.5, []string{"office"}},
		{"desk", 120, []string{"office", "furniture"}},
		{"lamp", 35, []string{"home", "office"}},
		{"sofa", 640, []string{"home", "furniture"}},
	}
	cheap := Filter(slices.Values(products), func(p Product) bool { return p.Price < 100 })
	for name := range Map(cheap, func(p Product) string { return p.Name }) {
		fmt.Print(name, " ")
	}
	fmt.Println()
	total := Reduce(slices.Values(products), 0.0, func(t float64, p Product) float64 { return t + p.Price })
	fmt.Printf("total %.2f\n", total)

	for i, v := range slices.All([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for v := range Take(Count(100, -7), 4) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	seen := 0
	for v := range Count(0, 3) {
		seen++
		if v > 20 {
			fmt.Println("stopped at", v, "after", seen)
			break
		}
	}
	tags := Reduce(slices.Values(products), map[string]int{}, func(m map[string]int, p Product) map[string]int {
		for _, t := range p.Tags {
			m[t]++
		}
		return m
	})
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range tags {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, tags[k])
	}
	fmt.Println()
}
