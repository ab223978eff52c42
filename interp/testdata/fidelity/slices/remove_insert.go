package main

import (
	"fmt"
	"slices"
)

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	r := remove(s, 1)
	fmt.Println(r, s)

	s2 := []int{1, 2, 3, 4, 5}
	s2 = slices.Delete(s2, 1, 3)
	fmt.Println(s2, len(s2))

	s2 = slices.Insert(s2, 1, 7, 8)
	fmt.Println(s2)

	s3 := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(s3)

	s4 := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})
	fmt.Println(s4)

	s5 := slices.Replace([]string{"a", "b", "c"}, 1, 2, "x", "y")
	fmt.Println(s5)

	filtered := s[:0]
	for _, v := range []int{5, 6, 7, 8} {
		if v%2 == 0 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, s)
}
