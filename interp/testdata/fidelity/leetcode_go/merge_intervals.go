package main

import (
	"fmt"
	"sort"
)

type Interval [2]int

func merge(intervals [][]int) [][]int {
	if len(intervals) == 0 {
		return nil
	}
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	res := [][]int{intervals[0]}
	for _, in := range intervals[1:] {
		last := res[len(res)-1]
		if in[0] <= last[1] {
			if in[1] > last[1] {
				last[1] = in[1]
			}
		} else {
			res = append(res, in)
		}
	}
	return res
}

func insert(intervals []Interval, n Interval) []Interval {
	var out []Interval
	i := 0
	for ; i < len(intervals) && intervals[i][1] < n[0]; i++ {
		out = append(out, intervals[i])
	}
	for ; i < len(intervals) && intervals[i][0] <= n[1]; i++ {
		n[0] = min(n[0], intervals[i][0])
		n[1] = max(n[1], intervals[i][1])
	}
	out = append(out, n)
	return append(out, intervals[i:]...)
}

func main() {
	cases := [][][]int{
		{{1, 3}, {2, 6}, {8, 10}, {15, 18}},
		{{1, 4}, {4, 5}},
		{{1, 4}, {0, 4}},
		{{1, 4}, {2, 3}},
		{{5, 7}, {1, 2}, {3, 4}, {2, 3}},
	}
	for _, c := range cases {
		in := fmt.Sprint(c)
		fmt.Printf("merge(%s) = %v\n", in, merge(c))
	}
	fmt.Println(insert([]Interval{{1, 3}, {6, 9}}, Interval{2, 5}))
	fmt.Println(insert([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, Interval{4, 8}))
	fmt.Println(insert(nil, Interval{5, 7}))
}
