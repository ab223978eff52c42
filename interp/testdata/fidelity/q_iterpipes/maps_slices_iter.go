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
}

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "kiwi": 12, "fig": 3, "plum": 7}
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Printf("%s=%d ", k, stock[k])
	}
	fmt.Println()
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals, slices.Max(vals), slices.Min(vals))

	inStock := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range maps.All(stock) {
			if v > 0 && !yield(strings.ToUpper(k), v*10) {
				return
			}
		}
	})
	fmt.Println(inStock)
	cp := maps.Clone(stock)
	maps.DeleteFunc(cp, func(k string, v int) bool { return v < 5 })
	fmt.Println(cp, len(stock))
	maps.Copy(cp, map[string]int{"lime": 1, "kiwi": 0})
	fmt.Println(cp, maps.Equal(cp, stock))

	emps := []Employee{
		{"Zoe", "eng", 120}, {"Al", "ops", 90}, {"Bea", "eng", 135},
		{"Cy", "ops", 90}, {"Dan", "sales", 70}, {"Eve", "eng", 120},
	}
	slices.SortStableFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Salary, a.Salary))
	})
	for _, e := range emps {
		fmt.Printf("%s/%s/%d ", e.Dept, e.Name, e.Salary)
	}
	fmt.Println()
	i, found := slices.BinarySearchFunc(emps, "ops", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println(i, found)
	top := slices.MaxFunc(emps, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Println(top)
	idx := slices.IndexFunc(emps, func(e Employee) bool { return e.Salary < 80 })
	fmt.Println(idx, slices.ContainsFunc(emps, func(e Employee) bool { return e.Name == "Cy" }))

	for i, e := range slices.Backward(emps) {
		if i < 4 {
			break
		}
		fmt.Print(i, e.Name, " ")
	}
	fmt.Println()
	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	grown := slices.AppendSeq([]int{0}, slices.Values(nums[5:]))
	fmt.Println(grown, slices.Repeat([]string{"ab"}, 3))
	names := slices.Collect(func(yield func(string) bool) {
		for _, e := range emps {
			if !yield(e.Name) {
				return
			}
		}
	})
	slices.Sort(names)
	fmt.Println(names, slices.Index(names, "Eve"))
	names = slices.Compact(slices.Insert(names, 1, "Al", "Al"))
	slices.Reverse(names)
	fmt.Println(names, slices.Equal(names[:2], []string{"Zoe", "Eve"}))
}
