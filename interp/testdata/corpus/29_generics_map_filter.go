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

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	squares := Map(nums, func(n int) int { return n * n })
	fmt.Println(squares)
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println(sum)
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println(joined)
	upper := Map([]string{"go", "rust"}, strings.ToUpper)
	fmt.Println(upper)
	lengths := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
}
