package main

import (
	"fmt"
	"math"
)

func coinChange(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c] != math.MaxInt32 && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] == math.MaxInt32 {
		return -1
	}
	return dp[amount]
}

func longestPalindrome(s string) string {
	if len(s) < 2 {
		return s
	}
	start, maxLen := 0, 1
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > maxLen {
			start, maxLen = l+1, r-l-1
		}
	}
	for i := range s {
		expand(i, i)
		expand(i, i+1)
	}
	return s[start : start+maxLen]
}

func lengthOfLIS(nums []int) int {
	tails := []int{}
	for _, n := range nums {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] < n {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(tails) {
			tails = append(tails, n)
		} else {
			tails[lo] = n
		}
	}
	return len(tails)
}

func climbStairs(n int) int {
	a, b := 1, 1
	for i := 2; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}

func main() {
	fmt.Println("coinChange([1 2 5], 11) =", coinChange([]int{1, 2, 5}, 11))
	fmt.Println("coinChange([2], 3) =", coinChange([]int{2}, 3))
	fmt.Println("coinChange([1], 0) =", coinChange([]int{1}, 0))
	fmt.Println("coinChange([186 419 83 408], 6249) =", coinChange([]int{186, 419, 83, 408}, 6249))
	for _, s := range []string{"babad", "cbbd", "a", "forgeeksskeegfor", "abacdfgdcaba"} {
		fmt.Printf("longestPalindrome(%q) = %q\n", s, longestPalindrome(s))
	}
	fmt.Println("LIS:", lengthOfLIS([]int{10, 9, 2, 5, 3, 7, 101, 18}), lengthOfLIS([]int{7, 7, 7}))
	for n := 1; n <= 45; n += 11 {
		fmt.Printf("climbStairs(%d) = %d\n", n, climbStairs(n))
	}
}
