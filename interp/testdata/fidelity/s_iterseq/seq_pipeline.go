package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i+1, v) {
				return
			}
		}
	}
}

type Inventory map[string]int

func (inv Inventory) Sorted() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv)) {
			if !yield(k, inv[k]) {
				return
			}
		}
	}
}

func main() {
	odds := Filter(Naturals(), func(n int) bool { return n%2 == 1 })
	squares := Map(odds, func(n int) string { return fmt.Sprintf("%d²=%d", n, n*n) })
	fmt.Println(slices.Collect(Take(squares, 5)))
	for i, w := range Enumerate(strings.Fields("alpha beta gamma")) {
		fmt.Printf("%d.%s ", i, w)
	}
	fmt.Println()
	inv := Inventory{"pears": 3, "apples": 10, "kiwis": 0, "figs": 7}
	for k, v := range inv.Sorted() {
		if v == 0 {
			continue
		}
		if k > "kiwis" {
			break
		}
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	total := 0
	for v := range maps.Values(inv) {
		total += v
	}
	fmt.Println("total", total, slices.Sorted(maps.Values(inv)))
	next, stop := iter.Pull(Take(Naturals(), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, slices.Repeat([]string{"ab"}, 3))
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
