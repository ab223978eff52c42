package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs[K comparable, V any](keys []K, vals []V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := range keys {
			if !yield(keys[i], vals[i]) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(5) {
		if i == 3 {
			break
		}
		fmt.Println("i", i)
	}
	for k, v := range Pairs([]string{"a", "b"}, []int{1, 2}) {
		fmt.Println(k, v)
	}
	for i, s := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	fmt.Println(slices.Collect(Count(4)))
}
