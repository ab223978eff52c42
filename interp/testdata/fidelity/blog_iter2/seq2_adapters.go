// Adapters over iter.Seq2: filtering, mapping and swapping key/value pairs.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter2[K, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func MapValues[K, V, W any](seq iter.Seq2[K, V], f func(V) W) iter.Seq2[K, W] {
	return func(yield func(K, W) bool) {
		for k, v := range seq {
			if !yield(k, f(v)) {
				return
			}
		}
	}
}

func Swap[K, V any](seq iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range seq {
			if !yield(v, k) {
				return
			}
		}
	}
}

func Keys[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

// SortedByKey yields a map's entries in key order.
func SortedByKey[K interface{ ~string | ~int }, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

type Inventory map[string]int

func main() {
	stock := Inventory{"apples": 12, "pears": 0, "plums": 7, "kiwis": 3, "figs": 0}

	fmt.Println("in stock:")
	for name, n := range Filter2(SortedByKey(stock), func(_ string, n int) bool { return n > 0 }) {
		fmt.Printf("  %-7s %3d\n", name, n)
	}

	labels := MapValues(SortedByKey(stock), func(n int) string {
		if n == 0 {
			return "SOLD OUT"
		}
		return strings.Repeat("*", n/2+1)
	})
	for name, bar := range labels {
		fmt.Println(name, bar)
	}

	byIndex := Swap(slices.All([]string{"zero", "one", "two", "three"}))
	lookup := maps.Collect(byIndex)
	fmt.Println(lookup["two"], lookup["three"], len(lookup))

	names := slices.Collect(Keys(Filter2(SortedByKey(stock), func(k string, _ int) bool {
		return strings.ContainsAny(k, "aeiou") && len(k) == 5
	})))
	fmt.Println(names)

	var first string
	for k, v := range SortedByKey(map[int]string{3: "c", 1: "a", 2: "b"}) {
		first = fmt.Sprint(k, "=", v)
		break
	}
	fmt.Println("first:", first)

	total := 0
	for _, n := range maps.All(stock) {
		total += n
	}
	fmt.Println("total:", total)
}
