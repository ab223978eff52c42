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

func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
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
	squares := Map(Naturals(), func(n int) int { return n * n })
	odd := Filter(squares, func(n int) bool { return n%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 6)))
	sum := Reduce(Take(Naturals(), 100), 0, func(a, n int) int { return a + n })
	fmt.Println("sum 1..100 =", sum)

	products := []Product{
		{"Keyboard", 49.99, []string{"pc", "input"}},
		{"Mouse", 19.5, []string{"pc", "input"}},
		{"Monitor", 189, []string{"pc", "display"}},
		{"Cable", 4.25, nil},
		{"Webcam", 59, []string{"video", "pc"}},
	}
	pcItems := Filter(slices.Values(products), func(p Product) bool { return slices.Contains(p.Tags, "pc") })
	names := Map(pcItems, func(p Product) string { return strings.ToLower(p.Name) })
	fmt.Println(strings.Join(slices.Collect(names), ","))
	total := Reduce(pcItems, 0.0, func(a float64, p Product) float64 { return a + p.Price })
	fmt.Printf("pc total: %.2f\n", total)
	cheapest := Reduce(slices.Values(products), products[0], func(best, p Product) Product {
		if p.Price < best.Price {
			return p
		}
		return best
	})
	fmt.Printf("cheapest: %+v\n", cheapest)
	tagCount := Reduce(slices.Values(products), map[string]int{}, func(m map[string]int, p Product) map[string]int {
		for _, t := range p.Tags {
			m[t]++
		}
		return m
	})
	fmt.Println(tagCount)
	for i, s := range slices.All(slices.Collect(Take(Map(Naturals(), func(n int) string { return strings.Repeat("*", n) }), 3))) {
		fmt.Println(i, s)
	}
}
