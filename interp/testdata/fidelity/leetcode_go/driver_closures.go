package main

import (
	"fmt"
	"os"
	"strings"
)

type testCase struct {
	name string
	in   []int
	want int
}

func maxSubArray(nums []int) int {
	best, cur := nums[0], 0
	for _, n := range nums {
		cur = max(cur+n, n)
		best = max(best, cur)
	}
	return best
}

func maxProfit(prices []int) int {
	lowest, profit := prices[0], 0
	for _, p := range prices[1:] {
		lowest = min(lowest, p)
		profit = max(profit, p-lowest)
	}
	return profit
}

func trap(h []int) int {
	l, r := 0, len(h)-1
	lmax, rmax, water := 0, 0, 0
	for l < r {
		if h[l] < h[r] {
			lmax = max(lmax, h[l])
			water += lmax - h[l]
			l++
		} else {
			rmax = max(rmax, h[r])
			water += rmax - h[r]
			r--
		}
	}
	return water
}

func main() {
	defer fmt.Println("all suites finished")
	passed, failed := 0, 0
	var failures []string

	check := func(suite string, fn func([]int) int, cases []testCase) {
		for _, tc := range cases {
			got := fn(tc.in)
			if got == tc.want {
				passed++
				fmt.Printf("PASS %s/%s\n", suite, tc.name)
			} else {
				failed++
				failures = append(failures, fmt.Sprintf("%s/%s: got %d want %d", suite, tc.name, got, tc.want))
			}
		}
	}

	check("maxSubArray", maxSubArray, []testCase{
		{"mixed", []int{-2, 1, -3, 4, -1, 2, 1, -5, 4}, 6},
		{"single", []int{1}, 1},
		{"all negative", []int{-3, -1, -2}, -1},
	})

	check("maxProfit", maxProfit, []testCase{
		{"rising", []int{7, 1, 5, 3, 6, 4}, 5},
		{"falling", []int{7, 6, 4, 3, 1}, 0},
	})

	check("trap", trap, []testCase{
		{"classic", []int{0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}, 6},
		{"deep", []int{4, 2, 0, 3, 2, 5}, 9},
		{"wrong on purpose", []int{1, 0, 1}, 2},
	})

	fmt.Printf("\n%d passed, %d failed\n", passed, failed)
	if len(failures) > 0 {
		fmt.Fprintln(os.Stdout, "failures:\n  "+strings.Join(failures, "\n  "))
	}
}
