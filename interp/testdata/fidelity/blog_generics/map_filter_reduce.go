package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Product struct {
	Name     string
	Category string
	Cents    int
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	sum := Reduce(evens, 0, func(a, n int) int { return a + n })
	fmt.Println(squares)
	fmt.Println(evens, sum)

	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","))
	lens := Map([]string{"go", "generics", "are", "here"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	longest := Reduce([]string{"go", "generics", "are", "here"}, "", func(best, s string) string {
		if len(s) > len(best) {
			return s
		}
		return best
	})
	fmt.Println("longest:", longest)

	products := []Product{
		{"apple", "fruit", 120}, {"pear", "fruit", 95}, {"milk", "dairy", 149},
		{"cheese", "dairy", 499}, {"bread", "bakery", 250},
	}
	groups := GroupBy(products, func(p Product) string { return p.Category })
	for _, cat := range []string{"bakery", "dairy", "fruit"} {
		total := Reduce(groups[cat], 0, func(a int, p Product) int { return a + p.Cents })
		names := Map(groups[cat], func(p Product) string { return p.Name })
		fmt.Printf("%-7s %d items %6.2f %v\n", cat, len(groups[cat]), float64(total)/100, names)
	}
	fmt.Println(len(Keys(groups)))
	cheap := Filter(products, func(p Product) bool { return p.Cents < 200 })
	fmt.Printf("%+v\n", cheap)
}
