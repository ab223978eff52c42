package main

import (
	"fmt"
	"sort"
	"strings"
)

func longestCommonSubsequence(a, b string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	return dp[len(a)][len(b)]
}

func coinChange(coins []int, amount int) int {
	const inf = 1<<31 - 1
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c] != inf {
				dp[i] = min(dp[i], dp[i-c]+1)
			}
		}
	}
	if dp[amount] == inf {
		return -1
	}
	return dp[amount]
}

func minDistance(w1, w2 string) int {
	prev := make([]int, len(w2)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(w1); i++ {
		cur := make([]int, len(w2)+1)
		cur[0] = i
		for j := 1; j <= len(w2); j++ {
			if w1[i-1] == w2[j-1] {
				cur[j] = prev[j-1]
			} else {
				cur[j] = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
		}
		prev = cur
	}
	return prev[len(w2)]
}

func lengthOfLIS(nums []int) int {
	var tails []int
	for _, n := range nums {
		i := sort.SearchInts(tails, n)
		if i == len(tails) {
			tails = append(tails, n)
		} else {
			tails[i] = n
		}
	}
	return len(tails)
}

func wordBreak(s string, dict []string) bool {
	words := make(map[string]bool, len(dict))
	for _, w := range dict {
		words[w] = true
	}
	ok := make([]bool, len(s)+1)
	ok[0] = true
	for i := 1; i <= len(s); i++ {
		for j := 0; j < i && !ok[i]; j++ {
			ok[i] = ok[j] && words[s[j:i]]
		}
	}
	return ok[len(s)]
}

func climbStairs(n int) uint64 {
	a, b := uint64(1), uint64(1)
	for i := 2; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}

func main() {
	fmt.Println("LCS:", longestCommonSubsequence("abcde", "ace"), longestCommonSubsequence("abc", "def"))
	fmt.Println("coins:", coinChange([]int{1, 2, 5}, 11), coinChange([]int{2}, 3), coinChange([]int{1}, 0))
	pairs := [][2]string{{"horse", "ros"}, {"intention", "execution"}, {"", "abc"}}
	for _, p := range pairs {
		fmt.Printf("edit(%q, %q) = %d\n", p[0], p[1], minDistance(p[0], p[1]))
	}
	fmt.Println("LIS:", lengthOfLIS([]int{10, 9, 2, 5, 3, 7, 101, 18}), lengthOfLIS([]int{7, 7, 7}))
	fmt.Println("wordBreak:", wordBreak("leetcode", []string{"leet", "code"}),
		wordBreak("catsandog", strings.Fields("cats dog sand and cat")))
	for _, n := range []int{1, 2, 10, 45, 90} {
		fmt.Printf("climb(%d)=%d ", n, climbStairs(n))
	}
	fmt.Println()
}
