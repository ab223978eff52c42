package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack(items []Item, capacity int) (int, []Item) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []Item
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	return dp[n][capacity], chosen
}

func lcs(a, b string) string {
	m, n := len(a), len(b)
	t := make([][]int, m+1)
	for i := range t {
		t[i] = make([]int, n+1)
	}
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = 1 + t[i+1][j+1]
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < m && j < n; {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func coinWays(coins []int, target int) int {
	ways := make([]int, target+1)
	ways[0] = 1
	for _, c := range coins {
		for v := c; v <= target; v++ {
			ways[v] += ways[v-c]
		}
	}
	return ways[target]
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}}
	best, chosen := knapsack(items, 200)
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].Name < chosen[j].Name })
	names := make([]string, len(chosen))
	weight := 0
	for i, c := range chosen {
		names[i] = c.Name
		weight += c.Weight
	}
	fmt.Println(best, weight, names)
	fmt.Printf("%q\n", lcs("AGGTABQXY", "GXTXAYBQY"))
	fmt.Println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 200))
	fmt.Println(coinWays([]int{3, 7}, 11), coinWays(nil, 0))
}
