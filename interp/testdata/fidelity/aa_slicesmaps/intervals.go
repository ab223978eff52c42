package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d)", iv.Start, iv.End) }

func Merge(ivs []Interval) []Interval {
	ivs = slices.Clone(ivs)
	slices.SortFunc(ivs, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	var out []Interval
	for _, iv := range ivs {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, iv.End)
			continue
		}
		out = append(out, iv)
	}
	return out
}

func Gaps(ivs []Interval, lo, hi int) []Interval {
	var gaps []Interval
	cur := lo
	for _, iv := range Merge(ivs) {
		if iv.Start > cur {
			gaps = append(gaps, Interval{cur, min(iv.Start, hi)})
		}
		cur = max(cur, iv.End)
	}
	if cur < hi {
		gaps = append(gaps, Interval{cur, hi})
	}
	return gaps
}

func Covers(merged []Interval, x int) bool {
	i, found := slices.BinarySearchFunc(merged, x, func(iv Interval, t int) int {
		switch {
		case iv.End <= t:
			return -1
		case iv.Start > t:
			return 1
		}
		return 0
	})
	_ = i
	return found
}

func main() {
	meetings := []Interval{{9, 10}, {13, 15}, {9, 11}, {16, 17}, {14, 16}, {12, 12}, {8, 9}}
	merged := Merge(meetings)
	fmt.Println("merged:", merged)
	fmt.Println("free:", Gaps(meetings, 8, 18))
	for _, t := range []int{8, 11, 12, 15, 17} {
		fmt.Printf("busy at %d: %t\n", t, Covers(merged, t))
	}
	grown := slices.Grow([]Interval(nil), 10)
	fmt.Println(len(grown), cap(grown) >= 10)
	chunks := [][]Interval{}
	for c := range slices.Chunk(merged, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks, len(chunks))
	fmt.Println(slices.ContainsFunc(merged, func(iv Interval) bool { return iv.End-iv.Start > 3 }))
	fmt.Printf("%v %s\n", merged[0], merged[len(merged)-1])
}
