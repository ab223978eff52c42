package main

import (
	"fmt"
	"strings"
)

func spiralOrder(matrix [][]int) []int {
	if len(matrix) == 0 {
		return nil
	}
	top, bottom, left, right := 0, len(matrix)-1, 0, len(matrix[0])-1
	var res []int
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			res = append(res, matrix[top][c])
		}
		top++
		for r := top; r <= bottom; r++ {
			res = append(res, matrix[r][right])
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				res = append(res, matrix[bottom][c])
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				res = append(res, matrix[r][left])
			}
			left++
		}
	}
	return res
}

func rotate(m [][]int) {
	n := len(m)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			row[i], row[j] = row[j], row[i]
		}
	}
}

func generateMatrix(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	dirs := [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	r, c, d := 0, 0, 0
	for v := 1; v <= n*n; v++ {
		m[r][c] = v
		nr, nc := r+dirs[d][0], c+dirs[d][1]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dirs[d][0], c+dirs[d][1]
		}
		r, c = nr, nc
	}
	return m
}

func printMatrix(title string, m [][]int) {
	fmt.Println(title)
	for _, row := range m {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = fmt.Sprintf("%3d", v)
		}
		fmt.Println(strings.Join(cells, ""))
	}
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println("spiral:", spiralOrder(m))
	fmt.Println("spiral 3x4:", spiralOrder([][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}))
	fmt.Println("spiral column:", spiralOrder([][]int{{1}, {2}, {3}}))
	rotate(m)
	printMatrix("rotated:", m)
	big := generateMatrix(4)
	printMatrix("generated 4x4:", big)
	rotate(big)
	printMatrix("rotated 4x4:", big)
	fmt.Println("spiral of rotated:", spiralOrder(big))
}
