package main

import (
	"fmt"
	"sort"
)

type Pair struct{ I, J int }

func (p Pair) String() string { return fmt.Sprintf("(%d,%d)", p.I, p.J) }

func twoSum(nums []int, target int) (Pair, bool) {
	seen := make(map[int]int)
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return Pair{j, i}, true
		}
		seen[n] = i
	}
	return Pair{}, false
}

func threeSum(nums []int) [][3]int {
	s := append([]int(nil), nums...)
	sort.Ints(s)
	var res [][3]int
	for i := 0; i < len(s)-2; i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		l, r := i+1, len(s)-1
		for l < r {
			switch sum := s[i] + s[l] + s[r]; {
			case sum < 0:
				l++
			case sum > 0:
				r--
			default:
				res = append(res, [3]int{s[i], s[l], s[r]})
				for l < r && s[l] == s[l+1] {
					l++
				}
				for l < r && s[r] == s[r-1] {
					r--
				}
				l++
				r--
			}
		}
	}
	return res
}

func maxSubArray(nums []int) (best, from, to int) {
	best, cur, start := nums[0], 0, 0
	for i, n := range nums {
		if cur <= 0 {
			cur, start = n, i
		} else {
			cur += n
		}
		if cur > best {
			best, from, to = cur, start, i
		}
	}
	return
}

func main() {
	tests := []struct {
		nums   []int
		target int
	}{
		{[]int{2, 7, 11, 15}, 9},
		{[]int{3, 2, 4}, 6},
		{[]int{3, 3}, 6},
		{[]int{1, 2, 3}, 100},
	}
	results := []fmt.Stringer{}
	for _, tc := range tests {
		p, ok := twoSum(tc.nums, tc.target)
		fmt.Printf("twoSum(%v, %d) = %v found=%t\n", tc.nums, tc.target, p, ok)
		if ok {
			results = append(results, p)
		}
	}
	fmt.Println("found pairs:", results)
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4}))
	fmt.Println(threeSum([]int{0, 0, 0, 0}), len(threeSum([]int{1, 2})))
	b, f, t := maxSubArray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4})
	fmt.Printf("max subarray %d from %d to %d\n", b, f, t)
	fmt.Println(maxSubArray([]int{-3, -1, -2}))
}
