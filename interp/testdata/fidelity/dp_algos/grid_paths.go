package main

import "fmt"

func uniquePaths(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	dp := make([]int, cols)
	if grid[0][0] == 0 {
		dp[0] = 1
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if grid[r][c] == 1 {
				dp[c] = 0
			} else if c > 0 {
				dp[c] += dp[c-1]
			}
		}
	}
	return dp[cols-1]
}

func minPathSum(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	dp := make([][]int, rows)
	for r := range dp {
		dp[r] = make([]int, cols)
		for c := range dp[r] {
			switch {
			case r == 0 && c == 0:
				dp[r][c] = grid[r][c]
			case r == 0:
				dp[r][c] = dp[r][c-1] + grid[r][c]
			case c == 0:
				dp[r][c] = dp[r-1][c] + grid[r][c]
			default:
				dp[r][c] = min(dp[r-1][c], dp[r][c-1]) + grid[r][c]
			}
		}
	}
	return dp[rows-1][cols-1]
}

func main() {
	obstacles := [][]int{
		{0, 0, 0, 0},
		{0, 1, 0, 0},
		{0, 0, 0, 1},
		{1, 0, 0, 0},
	}
	fmt.Println("paths:", uniquePaths(obstacles))

	free := make([][]int, 6)
	for i := range free {
		free[i] = make([]int, 6)
	}
	fmt.Println("paths 6x6:", uniquePaths(free))

	costs := [][]int{{1, 3, 1, 8}, {1, 5, 1, 2}, {4, 2, 1, 9}, {7, 1, 1, 1}}
	fmt.Println("min sum:", minPathSum(costs))
}
