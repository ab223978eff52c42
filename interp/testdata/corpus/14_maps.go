package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	fmt.Println(len(ages), ages["alice"], ages["nobody"])

	if v, ok := ages["bob"]; ok {
		fmt.Println("bob is", v)
	}
	if _, ok := ages["dave"]; !ok {
		fmt.Println("no dave")
	}
	delete(ages, "bob")

	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}

	fmt.Println(ages)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)

	nested := map[string][]int{}
	nested["even"] = append(nested["even"], 2, 4)
	nested["odd"] = append(nested["odd"], 1)
	fmt.Println(nested)

	type point struct{ x, y int }
	grid := map[point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(grid[point{0, 0}], len(grid))
}
