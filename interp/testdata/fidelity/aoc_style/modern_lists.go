package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const lists = `3   4
4   3
2   5
1   3
3   9
3   3`

const reports = `7 6 4 2 1
1 2 7 8 9
9 7 6 2 1
1 3 2 4 5
8 6 4 4 1
1 3 6 7 9`

func ints(line string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for f := range strings.FieldsSeq(line) {
			n, err := strconv.Atoi(f)
			if err != nil {
				panic(err)
			}
			if !yield(n) {
				return
			}
		}
	}
}

func safe(levels []int) bool {
	inc := levels[1] > levels[0]
	for i := 1; i < len(levels); i++ {
		d := levels[i] - levels[i-1]
		if !inc {
			d = -d
		}
		if d < 1 || d > 3 {
			return false
		}
	}
	return true
}

func dampened(levels []int) bool {
	for i := range levels {
		if safe(slices.Delete(slices.Clone(levels), i, i+1)) {
			return true
		}
	}
	return false
}

func main() {
	var left, right []int
	for line := range strings.Lines(lists) {
		pair := slices.Collect(ints(line))
		left = append(left, pair[0])
		right = append(right, pair[1])
	}
	slices.Sort(left)
	slices.Sort(right)
	dist := 0
	for i := range left {
		dist += max(left[i]-right[i], right[i]-left[i])
	}
	fmt.Println("total distance:", dist)

	counts := map[int]int{}
	for _, r := range right {
		counts[r]++
	}
	sim := 0
	for _, l := range left {
		sim += l * counts[l]
	}
	fmt.Println("similarity:", sim)
	fmt.Println("distinct right:", slices.Sorted(maps.Keys(counts)))

	nSafe, nDamp := 0, 0
	for i, line := range strings.Split(reports, "\n") {
		lv := slices.Collect(ints(line))
		s, d := safe(lv), dampened(lv)
		fmt.Printf("report %d %v safe=%-5v dampened=%v\n", i+1, lv, s, d)
		if s {
			nSafe++
		}
		if d {
			nDamp++
		}
	}
	fmt.Println("safe:", nSafe, "with dampener:", nDamp)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println(slices.Index(left, 3), len(slices.Repeat([]int{1}, 3)))
}
