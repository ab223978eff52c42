package main

import (
	"fmt"
	"sort"
)

// lis returns one longest strictly increasing subsequence in O(n log n).
func lis(xs []int) []int {
	var tails []int // index into xs of the smallest tail of each length
	prev := make([]int, len(xs))
	for i, x := range xs {
		j := sort.Search(len(tails), func(k int) bool { return xs[tails[k]] >= x })
		if j > 0 {
			prev[i] = tails[j-1]
		} else {
			prev[i] = -1
		}
		if j == len(tails) {
			tails = append(tails, i)
		} else {
			tails[j] = i
		}
	}
	out := make([]int, len(tails))
	if len(tails) == 0 {
		return out
	}
	for i, k := len(tails)-1, tails[len(tails)-1]; i >= 0; i, k = i-1, prev[k] {
		out[i] = xs[k]
	}
	return out
}

func main() {
	inputs := [][]int{
		{10, 9, 2, 5, 3, 7, 101, 18},
		{0, 1, 0, 3, 2, 3},
		{7, 7, 7, 7},
		{},
		{3, 10, 2, 1, 20, 4, 6, 7, 8},
	}
	for _, in := range inputs {
		r := lis(in)
		fmt.Printf("%v -> %v (len %d)\n", in, r, len(r))
	}
}
