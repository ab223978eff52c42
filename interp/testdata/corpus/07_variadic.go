package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(joinWith("-", "a", "b", "c"))
	fmt.Println(joinWith(", "))
	args := []any{"x", 1, true}
	fmt.Println(args...)
}
