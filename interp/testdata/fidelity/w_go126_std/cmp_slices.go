package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func byDeptThenSalary(a, b Employee) int {
	return cmp.Or(
		cmp.Compare(a.Dept, b.Dept),
		-cmp.Compare(a.Salary, b.Salary),
		strings.Compare(a.Name, b.Name),
	)
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 34},
		{"Bob", "ops", 90, 45},
		{"Cid", "eng", 120, 29},
		{"Dee", "eng", 150, 41},
		{"Eve", "ops", 95, 38},
		{"Fay", "hr", 70, 50},
	}
	sorted := slices.Clone(staff)
	slices.SortFunc(sorted, byDeptThenSalary)
	for _, e := range sorted {
		fmt.Printf("%-4s %-4s %4d\n", e.Name, e.Dept, e.Salary)
	}
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("oldest: %+v\n", oldest)
	i, found := slices.BinarySearchFunc(sorted, "hr", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println("hr at", i, found)
	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Printf("%s: %v\n", d, byDept[d])
	}
	fmt.Println(byDept)
	names := slices.Collect(func(yield func(string) bool) {
		for _, e := range staff {
			if e.Salary >= 100 && !yield(e.Name) {
				return
			}
		}
	})
	fmt.Printf("%q\n", names)
	fmt.Println(slices.Repeat([]int{1, 2}, 3), cmp.Or("", "fallback"), cmp.Or(0, 0, 7))
	idx := slices.IndexFunc(staff, func(e Employee) bool { return e.Age < 30 })
	fmt.Println(idx, staff[idx].Name)
	ages := maps.Collect(func(yield func(string, int) bool) {
		for _, e := range staff {
			if !yield(e.Name, e.Age) {
				return
			}
		}
	})
	fmt.Println(ages)
	compact := slices.Compact([]string{"a", "a", "b", "b", "b", "a"})
	fmt.Println(compact, len(compact))
	fmt.Println(slices.Equal(names, []string{"Ann", "Cid", "Dee"}))
}
