package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Inspired by "Range over function types" and the slices/maps packages posts.

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120}, {"Bob", "eng", 95}, {"Cid", "ops", 80},
		{"Dee", "ops", 99}, {"Eve", "sales", 70}, {"Fay", "eng", 130},
	}
	byDept := map[string][]Employee{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		es := byDept[d]
		slices.SortFunc(es, func(a, b Employee) int { return cmp.Compare(b.Salary, a.Salary) })
		total := 0
		for _, e := range es {
			total += e.Salary
		}
		top := slices.MaxFunc(es, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
		fmt.Printf("%-6s n=%d total=%4d avg=%6.2f top=%s\n", d, len(es), total, float64(total)/float64(len(es)), top.Name)
	}
	names := make([]string, 0, len(staff))
	for _, e := range staff {
		names = append(names, strings.ToUpper(e.Name))
	}
	slices.Reverse(names)
	fmt.Println(names, slices.Index(names, "CID"), slices.Contains(names, "ZED"))
	idx, found := slices.BinarySearch([]int{10, 20, 30, 40}, 25)
	fmt.Println(idx, found)
	salaries := make(map[string]int)
	for _, e := range staff {
		salaries[e.Name] = e.Salary
	}
	rich := maps.Clone(salaries)
	maps.DeleteFunc(rich, func(_ string, v int) bool { return v < 100 })
	fmt.Println(len(rich), slices.Sorted(maps.Keys(rich)))
	for i, n := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, n, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.Repeat([]string{"ab"}, 3))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
	seq := maps.All(map[string]int{"only": 1})
	for k, v := range seq {
		fmt.Println(k, v)
	}
	m2 := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(m2)
	fmt.Println(slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "ops" }), slices.Equal([]int{1}, []int{1}))
}
