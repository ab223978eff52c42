package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	xs := []int{5, 2, 8, 2, 9, 1}
	fmt.Println(slices.Contains(xs, 8), slices.Index(xs, 2), slices.Max(xs), slices.Min(xs))

	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(ys, slices.IsSorted(ys))

	i, found := slices.BinarySearch(ys, 8)
	fmt.Println(i, found)

	slices.Reverse(ys)
	fmt.Println(ys)
	fmt.Println(slices.IndexFunc(xs, func(v int) bool { return v > 6 }))

	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Equal(xs, xs))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))

	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.MinFunc(words, func(a, b string) int { return len(a) - len(b) }))
}
