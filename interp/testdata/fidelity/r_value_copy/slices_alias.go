package main

import (
	"fmt"
	"slices"
)

func appendTo(s []int, v int) []int {
	return append(s, v)
}

func removeAt(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	base := make([]int, 3, 10)
	a := appendTo(base, 1)
	b := appendTo(base, 2)
	fmt.Println(a, b, len(base), cap(base))

	full := []int{1, 2, 3}
	c := appendTo(full, 4)
	d := appendTo(full, 5)
	fmt.Println(c, d)

	s := []int{0, 1, 2, 3, 4, 5}
	t := removeAt(s, 2)
	fmt.Println(t, s)

	x := []int{10, 20, 30, 40, 50}
	y := x[1:3]
	fmt.Println(y, len(y), cap(y))
	y = append(y, 99)
	fmt.Println(x, y)
	z := x[1:3:3]
	z = append(z, 77)
	fmt.Println(x, z, cap(z) >= 3)

	orig := []string{"a", "b", "c"}
	cl := slices.Clone(orig)
	cl[0] = "Z"
	fmt.Println(orig, cl)
	copied := make([]string, 2)
	n := copy(copied, orig)
	fmt.Println(n, copied)

	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 1
	fmt.Println(matrix)
	for i := range matrix {
		matrix[i] = make([]int, 3)
		matrix[i][i] = i + 1
	}
	fmt.Println(matrix)

	nums := []int{5, 1, 4}
	sorted := slices.Sorted(slices.Values(nums))
	slices.Sort(nums)
	fmt.Println(nums, sorted, slices.Equal(nums, sorted))
	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	del := slices.Delete(slices.Clone(ins), 1, 3)
	fmt.Println(ins, del, slices.Index(ins, 4), slices.Contains(del, 2))
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), append(nilS, 1))
	rev := slices.Clone(ins)
	slices.Reverse(rev)
	fmt.Println(rev, slices.Max(rev), slices.Min(rev))
	compact := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})
	fmt.Println(compact)
}
