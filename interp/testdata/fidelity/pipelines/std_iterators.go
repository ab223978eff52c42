package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "alpha,beta,,gamma"
	for part := range strings.SplitSeq(text, ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()

	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()

	nums := []int{5, 2, 8, 1, 9}
	for i, v := range slices.Backward(nums) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	sorted := slices.Sorted(slices.Values(nums))
	fmt.Println(sorted, nums)

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(keys, vals)

	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks, len(chunks))

	for f := range strings.FieldsSeq("  a  b   c ") {
		fmt.Print(f, ";")
	}
	fmt.Println()
}
