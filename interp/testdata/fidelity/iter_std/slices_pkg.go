package main

import (
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	ID       int
	Title    string
	Priority int
	Done     bool
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1, 5, 5}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	fmt.Println("orig:", xs, "sorted:", sorted)
	fmt.Println("compact:", slices.Compact(slices.Clone(sorted)))
	fmt.Println("min/max:", slices.Min(xs), slices.Max(xs))
	fmt.Println("index of 9:", slices.Index(xs, 9), "contains 7:", slices.Contains(xs, 7))
	fmt.Println("equal:", slices.Equal(xs, sorted), slices.Equal(sorted, slices.Sorted(slices.Values(xs))))

	r := slices.Clone(xs)
	slices.Reverse(r)
	fmt.Println("reversed:", r)
	r = slices.Insert(r, 2, 100, 200)
	fmt.Println("insert:", r)
	r = slices.Delete(r, 0, 2)
	fmt.Println("delete:", r)
	r = slices.Replace(r, 0, 1, -1, -2, -3)
	fmt.Println("replace:", r)
	fmt.Println("repeat:", slices.Repeat([]string{"ab"}, 3))
	fmt.Println("concat:", slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))

	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, " ")
	}
	fmt.Println()

	tasks := []Task{
		{1, "write docs", 2, false},
		{2, "fix bug", 1, true},
		{3, "review PR", 1, false},
		{4, "deploy", 3, false},
		{5, "lunch", 2, true},
	}
	slices.SortStableFunc(tasks, func(a, b Task) int { return a.Priority - b.Priority })
	for _, t := range tasks {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] p%d #%d %s\n", mark, t.Priority, t.ID, t.Title)
	}
	open := slices.DeleteFunc(slices.Clone(tasks), func(t Task) bool { return t.Done })
	fmt.Println("open:", len(open), "of", len(tasks))
	i := slices.IndexFunc(tasks, func(t Task) bool { return strings.Contains(t.Title, "PR") })
	fmt.Printf("%+v\n", tasks[i])

	grid := [][]int{{3, 1}, {2}, {}, {9, 9, 9}}
	slices.SortFunc(grid, func(a, b []int) int { return len(b) - len(a) })
	fmt.Println(grid)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]string{"b"}, []string{"a", "z"}))

	s := make([]int, 0, 10)
	s = append(s, 1, 2, 3)
	fmt.Println(len(s), cap(s), len(slices.Clip(s)), cap(slices.Clip(s)))
	g := slices.Grow([]int{1}, 20)
	fmt.Println(len(g), cap(g) >= 21)
	pos, found := slices.BinarySearch(sorted, 5)
	fmt.Println(pos, found)
}
