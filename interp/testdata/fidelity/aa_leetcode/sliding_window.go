package main

import (
	"fmt"
	"math"
)

func minWindow(s, t string) string {
	need := map[byte]int{}
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestLen := 0, math.MaxInt
	l := 0
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if r-l+1 < bestLen {
				bestL, bestLen = l, r-l+1
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	if bestLen == math.MaxInt {
		return ""
	}
	return s[bestL : bestL+bestLen]
}

func longestUnique(s string) (int, string) {
	last := map[rune]int{}
	best, bestStart, start := 0, 0, 0
	runes := []rune(s)
	for i, r := range runes {
		if j, ok := last[r]; ok && j >= start {
			start = j + 1
		}
		last[r] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, string(runes[bestStart : bestStart+best])
}

func maxSlidingWindow(nums []int, k int) []int {
	var dq []int
	var out []int
	for i, n := range nums {
		for len(dq) > 0 && dq[0] <= i-k {
			dq = dq[1:]
		}
		for len(dq) > 0 && nums[dq[len(dq)-1]] <= n {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if i >= k-1 {
			out = append(out, nums[dq[0]])
		}
	}
	return out
}

func subarraySum(nums []int, k int) int {
	prefix := map[int]int{0: 1}
	sum, count := 0, 0
	for _, n := range nums {
		sum += n
		count += prefix[sum-k]
		prefix[sum]++
	}
	return count
}

func main() {
	for _, c := range [][2]string{{"ADOBECODEBANC", "ABC"}, {"a", "aa"}, {"aaflslflsldkalskaaa", "aaa"}} {
		fmt.Printf("minWindow(%q, %q) = %q\n", c[0], c[1], minWindow(c[0], c[1]))
	}
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "日本語日本", ""} {
		n, sub := longestUnique(s)
		fmt.Printf("%q -> %d %q\n", s, n, sub)
	}
	fmt.Println(maxSlidingWindow([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	fmt.Println(subarraySum([]int{1, 1, 1}, 2), subarraySum([]int{1, 2, 3, -3, 3}, 3))
}
