package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Windows[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

func Pairwise[T any](seq iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		first := true
		for v := range seq {
			if !first && !yield(prev, v) {
				return
			}
			prev, first = v, false
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

func main() {
	readings := []int{3, 5, 4, 8, 12, 11, 15, 14, 20}
	for c := range slices.Chunk(readings, 4) {
		fmt.Println("chunk", c, len(c), cap(c))
	}
	sums := slices.Collect(Map(Windows(readings, 3), func(w []int) int { return w[0] + w[1] + w[2] }))
	fmt.Println("window sums:", sums)
	inc := 0
	for a, b := range Pairwise(slices.Values(sums)) {
		if b > a {
			inc++
		}
	}
	fmt.Println("increases:", inc)
	words := strings.Fields("go is fun and go is fast")
	joined := slices.Collect(Map(Windows(words, 2), func(w []string) string { return strings.Join(w, "+") }))
	fmt.Printf("%q\n", joined)
	idx := slices.IndexFunc(joined, func(s string) bool { return strings.HasPrefix(s, "and") })
	fmt.Println(idx, slices.Contains(joined, "go+is"), slices.Index(words, "fast"))
	rev := slices.Clone(readings)
	slices.Reverse(rev)
	fmt.Println(rev, slices.Max(readings), slices.Min(readings))
	sorted := slices.Sorted(slices.Values(readings))
	fmt.Println(sorted, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	for i, v := range slices.All(readings[:3]) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
