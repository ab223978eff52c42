package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
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

func Reduce[T, A any](s iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	evens := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	fmt.Println("even fibs:", slices.Collect(Take(evens, 8)))

	labels := Map(Take(Fib(), 10), func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(strings.Join(slices.Collect(labels), ""))

	sum := Reduce(Take(Fib(), 20), 0, func(a, n int) int { return a + n })
	fmt.Println("sum of first 20:", sum)

	words := strings.Fields("go is fun and go is fast")
	lengths := Reduce(slices.Values(words), map[int][]string{}, func(m map[int][]string, w string) map[int][]string {
		m[len(w)] = append(m[len(w)], w)
		return m
	})
	for _, k := range slices.Sorted(maps.Keys(lengths)) {
		fmt.Println(k, lengths[k])
	}

	for i, w := range Enumerate(Filter(slices.Values(words), func(s string) bool { return len(s) > 2 })) {
		fmt.Printf("%d=%s ", i, w)
	}
	fmt.Println()

	upper := Map(slices.Values(words), strings.ToUpper)
	fmt.Printf("%q\n", slices.Collect(Take(upper, 3)))
	fmt.Println(slices.Collect(Take(Fib(), 0)) == nil)

	for i, v := range slices.Backward(slices.Collect(Take(Fib(), 5))) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
