package main

import (
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	nums := []int{5, 2, 8, 1, 9, 3, 8, 2}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println("original:", nums)
	fmt.Println("sorted:  ", sorted)
	fmt.Println("is sorted:", slices.IsSorted(nums), slices.IsSorted(sorted))

	idx, found := slices.BinarySearch(sorted, 8)
	fmt.Println("binary search 8:", idx, found)
	idx, found = slices.BinarySearch(sorted, 7)
	fmt.Println("binary search 7:", idx, found)

	fmt.Println("contains 9:", slices.Contains(nums, 9))
	fmt.Println("index of 8:", slices.Index(nums, 8))
	fmt.Println("index of first > 6:", slices.IndexFunc(nums, func(n int) bool { return n > 6 }))
	fmt.Println("min/max:", slices.Min(nums), slices.Max(nums))

	compact := slices.Compact(slices.Clone(sorted))
	fmt.Println("compact:", compact)

	rev := slices.Clone(compact)
	slices.Reverse(rev)
	fmt.Println("reversed:", rev)

	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println("insert:", ins)
	del := slices.Delete(slices.Clone(ins), 1, 3)
	fmt.Println("delete [1:3]:", del)
	fmt.Println("equal:", slices.Equal(ins, []int{1, 2, 3, 4, 5}))

	staff := []Employee{
		{"Ada", "eng", 120},
		{"Bob", "ops", 90},
		{"Cy", "eng", 110},
		{"Dee", "ops", 95},
		{"Eve", "sales", 90},
	}
	slices.SortFunc(staff, func(a, b Employee) int {
		if c := strings.Compare(a.Dept, b.Dept); c != 0 {
			return c
		}
		return b.Salary - a.Salary
	})
	for _, e := range staff {
		fmt.Printf("  %-6s %-5s %d\n", e.Dept, e.Name, e.Salary)
	}

	slices.SortStableFunc(staff, func(a, b Employee) int { return a.Salary - b.Salary })
	fmt.Print("stable by salary:")
	for _, e := range staff {
		fmt.Print(" ", e.Name)
	}
	fmt.Println()

	richest := slices.MaxFunc(staff, func(a, b Employee) int { return a.Salary - b.Salary })
	fmt.Println("richest:", richest.Name)

	i := slices.IndexFunc(staff, func(e Employee) bool { return e.Name == "Cy" })
	fmt.Println("Cy at", i, staff[i])

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.SortFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	fmt.Println("contains func:", slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "j") }))

	grown := slices.Grow([]int{1}, 10)
	fmt.Println(len(grown), cap(grown) >= 11)
	clipped := slices.Clip(grown)
	fmt.Println(len(clipped), cap(clipped))
	fmt.Println("replace:", slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9))
	fmt.Println("concat:", slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
}
