package main

import (
	"fmt"
	"math"
)

func minCoins(coins []int, amount int) (int, []int) {
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				from[i] = c
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

func ways(coins []int, amount int) int64 {
	dp := make([]int64, amount+1)
	dp[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			dp[a] += dp[a-c]
		}
	}
	return dp[amount]
}

func main() {
	coins := []int{1, 5, 10, 25}
	for _, amt := range []int{0, 7, 30, 63} {
		n, used := minCoins(coins, amt)
		fmt.Printf("%d: %d coins %v\n", amt, n, used)
	}

	n, used := minCoins([]int{4, 6}, 7)
	fmt.Println(n, used, used == nil)

	fmt.Println("ways(100):", ways(coins, 100))
	fmt.Println("ways(1000) with 1,2,5,10,20,50,100,200:", ways([]int{1, 2, 5, 10, 20, 50, 100, 200}, 1000))
}
