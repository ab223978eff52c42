package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	names := []string{"Bob", "alice", "VERA"}
	slices.SortFunc(names, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(names)

	people := []Person{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Alice", 20}}
	slices.SortFunc(people, func(a, b Person) int {
		if c := cmp.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age/10, b.Age/10) })
	fmt.Println(people)
	i, found := slices.BinarySearchFunc([]Person{{"Alice", 55}, {"Bob", 24}, {"Gopher", 13}}, "Bob", func(p Person, t string) int {
		return cmp.Compare(p.Name, t)
	})
	fmt.Println("Bob:", i, found)

	nums := []int{0, 1, 2, 3, 4, 5, 6, 7}
	fmt.Println(slices.Contains(nums, 3), slices.Index(nums, 5), slices.IndexFunc(nums, func(n int) bool { return n > 5 }))
	fmt.Println(slices.Insert(nums[:3:3], 1, 100, 101))
	fmt.Println(slices.Delete(slices.Clone(nums), 2, 5))
	fmt.Println(slices.DeleteFunc(slices.Clone(nums), func(n int) bool { return n%2 == 0 }))
	fmt.Println(slices.Compact([]int{0, 1, 1, 2, 3, 5, 5, 5, 8}))
	fmt.Println(slices.CompactFunc([]string{"bob", "Bob", "alice", "Vera", "VERA"}, strings.EqualFold))
	fmt.Println(slices.Equal(nums, slices.Clone(nums)), slices.Compare([]int{1, 2}, []int{1, 3}))
	fmt.Println(slices.Max(nums), slices.Min(nums), slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }))
	r := slices.Clone(nums)
	slices.Reverse(r)
	fmt.Println(r, slices.IsSorted(r), slices.Repeat([]string{"a"}, 3))
	fmt.Println(slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	grow := slices.Grow([]int(nil), 10)
	fmt.Println(len(grow), cap(grow) >= 10)

	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 != 0 })
	fmt.Println(m2, maps.Equal(m, m2), len(m))
	maps.Copy(m2, map[string]int{"ten": 10})
	fmt.Println(m2)
	fmt.Println(maps.EqualFunc(map[int]string{1: "a"}, map[int]string{1: "A"}, strings.EqualFold))
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Printf("%d=%s ", k, inv[k])
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Age > 50 })
	fmt.Println(people[idx].Name, cmp.Or("", "default"), cmp.Or(0, 0, 7), min(3, 1, 2), max(2.5, 1))
}
