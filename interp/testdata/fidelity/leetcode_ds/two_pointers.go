// Array techniques: two sum with a map, three sum with two pointers,
// sliding window for the longest substring, merge intervals, and
// product of array except self.
package main

import (
	"fmt"
	"sort"
)

func twoSum(nums []int, target int) [2]int {
	seen := make(map[int]int)
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return [2]int{j, i}
		}
		seen[n] = i
	}
	return [2]int{-1, -1}
}

func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	var res [][]int
	for i := 0; i < len(nums)-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		l, r := i+1, len(nums)-1
		for l < r {
			switch s := nums[i] + nums[l] + nums[r]; {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				res = append(res, []int{nums[i], nums[l], nums[r]})
				for l < r && nums[l] == nums[l+1] {
					l++
				}
				for l < r && nums[r] == nums[r-1] {
					r--
				}
				l, r = l+1, r-1
			}
		}
	}
	return res
}

func longestUnique(s string) (int, string) {
	last := map[rune]int{}
	best, bestStart, start := 0, 0, 0
	runes := []rune(s)
	for i, r := range runes {
		if p, ok := last[r]; ok && p >= start {
			start = p + 1
		}
		last[r] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, string(runes[bestStart : bestStart+best])
}

func mergeIntervals(iv [][2]int) [][2]int {
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	var out [][2]int
	for _, cur := range iv {
		if n := len(out); n > 0 && cur[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], cur[1])
		} else {
			out = append(out, cur)
		}
	}
	return out
}

func productExceptSelf(nums []int) []int {
	out := make([]int, len(nums))
	prefix := 1
	for i := range nums {
		out[i] = prefix
		prefix *= nums[i]
	}
	suffix := 1
	for i := len(nums) - 1; i >= 0; i-- {
		out[i] *= suffix
		suffix *= nums[i]
	}
	return out
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9), twoSum([]int{3, 2, 4}, 6), twoSum([]int{1}, 5))
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4}), len(threeSum([]int{0, 0, 0, 0})))
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "héllo wörld"} {
		n, sub := longestUnique(s)
		fmt.Printf("%q -> %d %q\n", s, n, sub)
	}
	fmt.Println(mergeIntervals([][2]int{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}}))
	fmt.Println(productExceptSelf([]int{1, 2, 3, 4}), productExceptSelf([]int{-1, 1, 0, -3, 3}))
}
