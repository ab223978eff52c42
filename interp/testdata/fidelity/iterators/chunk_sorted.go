package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	ids := []int{7, 3, 9, 1, 4, 8, 2}
	for c := range slices.Chunk(ids, 3) {
		fmt.Println(c)
	}
	sorted := slices.Sorted(slices.Values(ids))
	fmt.Println(sorted)

	byLen := slices.SortedFunc(slices.Values([]string{"ccc", "a", "bb"}), func(a, b string) int {
		return len(a) - len(b)
	})
	fmt.Println(byLen)

	m := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	more := slices.AppendSeq([]int{0}, slices.Values([]int{5, 6}))
	fmt.Println(more)

	idx := maps.Collect(maps.All(map[string]bool{"x": true}))
	fmt.Println(idx)
}
