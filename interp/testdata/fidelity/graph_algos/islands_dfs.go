package main

import "fmt"

func countIslands(grid [][]byte) (int, []int) {
	rows, cols := len(grid), len(grid[0])
	seen := make([][]bool, rows)
	for i := range seen {
		seen[i] = make([]bool, cols)
	}
	var sizes []int
	var dfs func(r, c int) int
	dfs = func(r, c int) int {
		if r < 0 || c < 0 || r >= rows || c >= cols || seen[r][c] || grid[r][c] != '1' {
			return 0
		}
		seen[r][c] = true
		return 1 + dfs(r+1, c) + dfs(r-1, c) + dfs(r, c+1) + dfs(r, c-1)
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if n := dfs(r, c); n > 0 {
				sizes = append(sizes, n)
			}
		}
	}
	return len(sizes), sizes
}

func parse(lines ...string) [][]byte {
	g := make([][]byte, len(lines))
	for i, l := range lines {
		g[i] = []byte(l)
	}
	return g
}

func main() {
	g1 := parse(
		"11000",
		"11000",
		"00100",
		"00011",
	)
	n, sizes := countIslands(g1)
	fmt.Println(n, sizes)

	g2 := parse(
		"111101",
		"100101",
		"111100",
		"000011",
		"110011",
	)
	n, sizes = countIslands(g2)
	fmt.Println(n, sizes)

	n, sizes = countIslands(parse("000", "000"))
	fmt.Println(n, sizes, sizes == nil)
}
