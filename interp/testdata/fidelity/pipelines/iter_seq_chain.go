package main

import (
	"fmt"
	"iter"
	"slices"
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

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)))

	labels := Map(Take(Naturals(), 3), func(n int) string { return fmt.Sprintf("item-%d", n) })
	for s := range labels {
		fmt.Println(s)
	}

	sum := 0
	for v := range Take(Filter(Naturals(), func(n int) bool { return n%7 == 0 }), 10) {
		sum += v
	}
	fmt.Println("sum of first 10 multiples of 7:", sum)
	fmt.Println(len(slices.Collect(Take(Naturals(), 0))))
}
