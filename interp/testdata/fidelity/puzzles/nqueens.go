package main

import (
	"fmt"
	"strings"
)

func solve(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int, usedCol, usedD1, usedD2 map[int]bool)
	place = func(row int, usedCol, usedD1, usedD2 map[int]bool) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if usedCol[c] || usedD1[row+c] || usedD2[row-c] {
				continue
			}
			cols[row] = c
			usedCol[c], usedD1[row+c], usedD2[row-c] = true, true, true
			place(row+1, usedCol, usedD1, usedD2)
			usedCol[c], usedD1[row+c], usedD2[row-c] = false, false, false
		}
	}
	place(0, map[int]bool{}, map[int]bool{}, map[int]bool{})
	return
}

func main() {
	for n := 4; n <= 8; n++ {
		c, _ := solve(n)
		fmt.Printf("%d queens: %d solutions\n", n, c)
	}
	_, sol := solve(6)
	for _, c := range sol {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 5-c))
	}
}
