package main

import (
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9}
	slices.Sort(xs)
	fmt.Println(xs)
	fmt.Println(slices.Contains(xs, 8), slices.Contains(xs, 3))
	fmt.Println(slices.Index(xs, 8), slices.Index(xs, 4))
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Max(xs), slices.Min(xs))
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(xs, ys)
	fmt.Println(slices.Equal(xs, ys))

	words := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)

	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}}
	slices.SortStableFunc(people, func(a, b Person) int { return a.Age - b.Age })
	fmt.Println(people)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Name == "Cy" })
	fmt.Println(idx)
	zs := slices.Insert([]int{1, 4}, 1, 2, 3)
	fmt.Println(zs)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3}))
}
