// Dynamic programming classics: coin change, LIS, edit distance, LCS
// with reconstruction, 0/1 knapsack and unique paths with obstacles.
package main

import (
	"fmt"
	"slices"
	"sort"
)

func coinChange(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = amount + 1
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] > amount {
		return -1
	}
	return dp[amount]
}

func lis(nums []int) int {
	var tails []int
	for _, x := range nums {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1]
			} else {
				cur[j] = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var out []byte
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return string(out)
}

type item struct{ w, v int }

func knapsack(items []item, cap int) (int, []int) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= len(items); i++ {
		for c := 0; c <= cap; c++ {
			dp[i][c] = dp[i-1][c]
			if it := items[i-1]; it.w <= c {
				dp[i][c] = max(dp[i][c], dp[i-1][c-it.w]+it.v)
			}
		}
	}
	var chosen []int
	for i, c := len(items), cap; i > 0; i-- {
		if dp[i][c] != dp[i-1][c] {
			chosen = append(chosen, i-1)
			c -= items[i-1].w
		}
	}
	slices.Reverse(chosen)
	return dp[len(items)][cap], chosen
}

func uniquePaths(grid [][]int) int {
	dp := make([]int, len(grid[0]))
	dp[0] = 1
	for _, row := range grid {
		for j, cell := range row {
			if cell == 1 {
				dp[j] = 0
			} else if j > 0 {
				dp[j] += dp[j-1]
			}
		}
	}
	return dp[len(dp)-1]
}

func main() {
	fmt.Println(coinChange([]int{1, 2, 5}, 11), coinChange([]int{2}, 3), coinChange([]int{1}, 0))
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18}), lis([]int{7, 7, 7}))
	fmt.Println(editDistance("horse", "ros"), editDistance("intention", "execution"), editDistance("", "abc"))
	fmt.Printf("%q %q\n", lcs("ABCBDAB", "BDCABA"), lcs("gopher", "golang"))
	best, chosen := knapsack([]item{{1, 1}, {3, 4}, {4, 5}, {5, 7}}, 7)
	fmt.Println(best, chosen)
	fmt.Println(uniquePaths([][]int{{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}), uniquePaths([][]int{{0, 1}, {1, 0}}))
}
