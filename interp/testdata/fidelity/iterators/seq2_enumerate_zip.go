package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

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

func MapSeq[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Reduce[T, A any](s iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range s {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	fruits := []string{"apple", "banana", "cherry"}
	for i, f := range Enumerate(slices.Values(fruits)) {
		fmt.Printf("%d=%s\n", i, f)
	}
	upper := MapSeq(slices.Values(fruits), strings.ToUpper)
	fmt.Println(slices.Collect(upper))

	all := Chain(slices.Values([]int{1, 2}), slices.Values([]int{}), slices.Values([]int{3, 4, 5}))
	fmt.Println(slices.Collect(all))
	total := Reduce(all, 0, func(a, v int) int { return a + v })
	fmt.Println("total", total)
	joined := Reduce(MapSeq(all, func(i int) string { return fmt.Sprint(i * i) }), "", func(a, s string) string {
		if a == "" {
			return s
		}
		return a + "+" + s
	})
	fmt.Println(joined)

	ages := map[string]int{"zoe": 31, "adam": 45, "mia": 27}
	for _, name := range slices.Sorted(maps.Keys(ages)) {
		fmt.Println(name, ages[name])
	}
	inverted := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range ages {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inverted[45], len(inverted))
	idx := maps.Collect(slices.All([]string{"a", "b"}))
	fmt.Println(idx)
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{})) == nil)
}
