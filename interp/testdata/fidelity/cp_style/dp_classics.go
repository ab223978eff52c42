package main

import (
	"fmt"
	"math"
	"strings"
)

func coinChange(coins []int, amount int) (int, []int) {
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i], from[i] = dp[i-c]+1, c
			}
		}
	}
	if dp[amount] == math.MaxInt32 {
		return -1, nil
	}
	var used []int
	for a := amount; a > 0; a -= from[a] {
		used = append(used, from[a])
	}
	return dp[amount], used
}

func lis(xs []int) []int {
	tails := []int{}
	idx := make([]int, len(xs))
	prev := make([]int, len(xs))
	tailIdx := []int{}
	for i, x := range xs {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
			tailIdx = append(tailIdx, i)
		} else {
			tails[lo], tailIdx[lo] = x, i
		}
		idx[i] = lo
		if lo > 0 {
			prev[i] = tailIdx[lo-1]
		} else {
			prev[i] = -1
		}
	}
	out := make([]int, len(tails))
	for i, k := tailIdx[len(tailIdx)-1], len(tails)-1; k >= 0; i, k = prev[i], k-1 {
		out[k] = xs[i]
	}
	return out
}

func knapsack(w, v []int, cap int) (int, []int) {
	n := len(w)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= n; i++ {
		for c := 0; c <= cap; c++ {
			dp[i][c] = dp[i-1][c]
			if w[i-1] <= c {
				dp[i][c] = max(dp[i][c], dp[i-1][c-w[i-1]]+v[i-1])
			}
		}
	}
	var pick []int
	for i, c := n, cap; i > 0; i-- {
		if dp[i][c] != dp[i-1][c] {
			pick = append([]int{i - 1}, pick...)
			c -= w[i-1]
		}
	}
	return dp[n][cap], pick
}

func editTable(a, b string) string {
	var sb strings.Builder
	m := make([][]int, len(a)+1)
	for i := range m {
		m[i] = make([]int, len(b)+1)
		m[i][0] = i
	}
	for j := range m[0] {
		m[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			sub := m[i-1][j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			m[i][j] = min(sub, m[i-1][j]+1, m[i][j-1]+1)
		}
	}
	for _, row := range m {
		for _, v := range row {
			fmt.Fprintf(&sb, "%2d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	for _, amt := range []int{11, 3, 0, 27} {
		n, used := coinChange([]int{1, 2, 5}, amt)
		fmt.Println(amt, n, used)
	}
	n, used := coinChange([]int{2}, 3)
	fmt.Println(n, used, used == nil)
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19}))
	best, pick := knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7)
	fmt.Println(best, pick)
	fmt.Print(editTable("kit", "sit"))
	memo := map[[2]int]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		memo[k] = paths(r-1, c) + paths(r, c-1)
		return memo[k]
	}
	fmt.Println(paths(10, 10), len(memo))
}
