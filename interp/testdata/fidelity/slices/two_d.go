package main

import (
	"fmt"
	"strings"
)

func main() {
	rows, cols := 4, 5
	grid := make([][]rune, rows)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", cols))
	}
	grid[1][2] = '#'
	grid[3][4] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}
	transposed := make([][]rune, cols)
	for c := 0; c < cols; c++ {
		for r := 0; r < rows; r++ {
			transposed[c] = append(transposed[c], grid[r][c])
		}
	}
	for _, r := range transposed {
		fmt.Println(string(r))
	}
	var arr [3][3]int
	for i := 0; i < 3; i++ {
		arr[i][i] = 1
	}
	fmt.Println(arr)

	cp := arr
	cp[0][0] = 9
	fmt.Println(arr[0][0], cp[0][0])
}
