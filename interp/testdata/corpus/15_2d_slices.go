package main

import "fmt"

func main() {
	rows, cols := 3, 4
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}

	t := make([][]int, cols)
	for j := 0; j < cols; j++ {
		t[j] = make([]int, rows)
		for i := 0; i < rows; i++ {
			t[j][i] = grid[i][j]
		}
	}
	fmt.Println(t)

	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)

	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	for _, r := range board {
		fmt.Println(string(r[:]))
	}
}
