package main

import "fmt"

type Item struct {
	Name          string
	Weight, Value int
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
			if it.Weight <= w && dp[i-1][w-it.Weight]+it.Value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.Weight] + it.Value
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

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40},
	}

	for _, c := range []int{0, 50, 100, 200} {
		best, chosen := knapsack(items, c)
		fmt.Printf("cap %3d: value %3d items", c, best)
		for _, it := range chosen {
			fmt.Print(" ", it.Name)
		}
		fmt.Println()
	}
}
