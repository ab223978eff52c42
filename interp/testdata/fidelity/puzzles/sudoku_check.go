package main

import "fmt"

func valid(b [9][9]int) (bool, string) {
	for i := 0; i < 9; i++ {
		var row, col, box [10]bool
		for j := 0; j < 9; j++ {
			r := b[i][j]
			c := b[j][i]
			x := b[3*(i/3)+j/3][3*(i%3)+j%3]
			if r != 0 && row[r] {
				return false, fmt.Sprintf("row %d repeats %d", i, r)
			}
			if c != 0 && col[c] {
				return false, fmt.Sprintf("col %d repeats %d", i, c)
			}
			if x != 0 && box[x] {
				return false, fmt.Sprintf("box %d repeats %d", i, x)
			}
			row[r], col[c], box[x] = true, true, true
		}
	}
	return true, ""
}

func main() {
	b := [9][9]int{
		{5, 3, 0, 0, 7, 0, 0, 0, 0},
		{6, 0, 0, 1, 9, 5, 0, 0, 0},
		{0, 9, 8, 0, 0, 0, 0, 6, 0},
		{8, 0, 0, 0, 6, 0, 0, 0, 3},
		{4, 0, 0, 8, 0, 3, 0, 0, 1},
		{7, 0, 0, 0, 2, 0, 0, 0, 6},
		{0, 6, 0, 0, 0, 0, 2, 8, 0},
		{0, 0, 0, 4, 1, 9, 0, 0, 5},
		{0, 0, 0, 0, 8, 0, 0, 7, 9},
	}
	fmt.Println(valid(b))

	b[0][2] = 5
	fmt.Println(valid(b))

	b[0][2] = 0
	b[8][0] = 6
	fmt.Println(valid(b))
}
