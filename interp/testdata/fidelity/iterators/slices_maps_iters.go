package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cid": 40}
	names := slices.Sorted(maps.Keys(ages))
	fmt.Println(names)

	total := 0
	for v := range maps.Values(ages) {
		total += v
	}
	fmt.Println("total", total)

	for i, n := range slices.All(names) {
		fmt.Println(i, n, ages[n])
	}
	for i, n := range slices.Backward(names) {
		fmt.Print(i, ":", n, " ")
	}
	fmt.Println()

	squares := slices.Collect(func(yield func(int) bool) {
		for i := 1; i <= 5; i++ {
			if !yield(i * i) {
				return
			}
		}
	})
	fmt.Println(squares)

	copyAges := maps.Collect(maps.All(ages))
	fmt.Println(len(copyAges), copyAges["bob"])
	fmt.Println(slices.Collect(slices.Values([]string{"x", "y"})))
}
