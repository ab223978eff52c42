package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n    int
	cols []int
}

func (b *Board) safe(row, col int) bool {
	for r := 0; r < row; r++ {
		c := b.cols[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func (b *Board) solve(row int, found func([]int) bool) bool {
	if row == b.n {
		cp := append([]int(nil), b.cols...)
		return found(cp)
	}
	for c := 0; c < b.n; c++ {
		if b.safe(row, c) {
			b.cols[row] = c
			if b.solve(row+1, found) {
				return true
			}
		}
	}
	return false
}

func render(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q ")
		sb.WriteString(strings.Repeat(". ", len(sol)-c-1))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func countSolutions(n int) int {
	b := &Board{n: n, cols: make([]int, n)}
	count := 0
	b.solve(0, func([]int) bool {
		count++
		return false
	})
	return count
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Printf("%d queens: %d solutions\n", n, countSolutions(n))
	}
	b := &Board{n: 8, cols: make([]int, 8)}
	var first []int
	b.solve(0, func(s []int) bool {
		first = s
		return true
	})
	fmt.Println("first 8-queens solution:", first)
	fmt.Print(render(first))

	var all [][]int
	b6 := &Board{n: 6, cols: make([]int, 6)}
	b6.solve(0, func(s []int) bool {
		all = append(all, s)
		return false
	})
	for i, s := range all {
		fmt.Printf("6-queens #%d: %v\n", i+1, s)
	}
}
