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

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	primes := Take(Filter(Naturals(), isPrime), 10)
	fmt.Println(slices.Collect(primes))

	squares := Map(Take(Naturals(), 6), func(n int) string { return fmt.Sprintf("%d²=%d", n, n*n) })
	for i, s := range Enumerate(squares) {
		fmt.Printf("[%d] %s\n", i, s)
	}

	words := strings.Fields("go is fun and go is fast and simple")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := slices.Sorted(maps.Keys(freq))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, freq[k])
	}
	fmt.Println()

	long := slices.Collect(Filter(slices.Values(words), func(s string) bool { return len(s) > 2 }))
	fmt.Println(long, len(long))
	upper := slices.Collect(Map(slices.Values(keys), strings.ToUpper))
	fmt.Printf("%q\n", upper)

	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	idx := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(idx[1], len(idx))

	count := 0
	for range Take(Naturals(), 1000) {
		count++
	}
	fmt.Println("counted", count)
	sumSq := 0
	for n := range Map(Take(Naturals(), 10), func(n int) int { return n * n }) {
		sumSq += n
	}
	fmt.Println("sum of squares", sumSq)
}
