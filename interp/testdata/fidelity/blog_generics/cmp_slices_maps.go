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

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 34},
		{"Bob", "eng", 95, 28},
		{"Cid", "ops", 95, 45},
		{"Dee", "sales", 80, 30},
		{"Eve", "eng", 120, 29},
		{"Fay", "ops", 70, 51},
	}
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			cmp.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("%-5s %-4s %4d %d\n", e.Dept, e.Name, e.Salary, e.Age)
	}
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
	idx := slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "sales" })
	fmt.Println("first sales at", idx)

	byDept := map[string]int{}
	for _, e := range staff {
		byDept[e.Dept] += e.Salary
	}
	depts := slices.Sorted(maps.Keys(byDept))
	for _, d := range depts {
		fmt.Printf("%s=%d ", d, byDept[d])
	}
	fmt.Println()

	clone := maps.Clone(byDept)
	clone["hr"] = 60
	fmt.Println(len(byDept), len(clone), maps.Equal(byDept, clone))
	maps.DeleteFunc(clone, func(k string, v int) bool { return v < 100 })
	fmt.Println(slices.Sorted(maps.Keys(clone)))

	xs := []int{5, 2, 8, 2, 9, 1, 5, 5}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys, slices.Compact(ys))
	fmt.Println(slices.Contains(xs, 9), slices.Index(xs, 8), len(xs))
	zs := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(zs, slices.Equal(zs, []int{1, 2, 3, 4, 5}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), strings.Repeat("-", 5))
	fmt.Println(cmp.Or("", "", "default"), cmp.Or(0, 7))
}
