package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	a := map[string]bool{"go": true, "rust": true, "zig": true}
	b := map[string]bool{"go": true, "python": true}
	inter, union := map[string]bool{}, maps.Clone(a)
	for k := range b {
		union[k] = true
		if a[k] {
			inter[k] = true
		}
	}
	fmt.Println(slices.Sorted(maps.Keys(inter)))
	fmt.Println(slices.Sorted(maps.Keys(union)))

	maps.DeleteFunc(union, func(k string, v bool) bool { return len(k) < 3 })
	fmt.Println(union)
	fmt.Println(maps.Equal(a, map[string]bool{"zig": true, "go": true, "rust": true}))

	clear(a)
	fmt.Println(len(a), a)
}
