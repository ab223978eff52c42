package main

import (
	"fmt"
	"sort"
	"strings"
)

func permute(nums []int) [][]int {
	var res [][]int
	used := make([]bool, len(nums))
	var cur []int
	var bt func()
	bt = func() {
		if len(cur) == len(nums) {
			res = append(res, append([]int(nil), cur...))
			return
		}
		for i, n := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			cur = append(cur, n)
			bt()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	bt()
	return res
}

func subsets(nums []int) [][]int {
	res := [][]int{{}}
	for _, n := range nums {
		for _, s := range res {
			res = append(res, append(append([]int{}, s...), n))
		}
	}
	return res
}

func combinationSum(cands []int, target int) (out [][]int) {
	sort.Ints(cands)
	var walk func(start, remain int, path []int)
	walk = func(start, remain int, path []int) {
		if remain == 0 {
			out = append(out, append([]int(nil), path...))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			walk(i, remain-cands[i], append(path, cands[i]))
		}
	}
	walk(0, target, nil)
	return
}

func solveNQueens(n int) [][]string {
	var res [][]string
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	board := make([][]byte, n)
	for i := range board {
		board[i] = []byte(strings.Repeat(".", n))
	}
	var place func(r int)
	place = func(r int) {
		if r == n {
			rows := make([]string, n)
			for i, b := range board {
				rows[i] = string(b)
			}
			res = append(res, rows)
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			board[r][c] = 'Q'
			place(r + 1)
			board[r][c] = '.'
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return res
}

func letterCombinations(digits string) []string {
	if digits == "" {
		return nil
	}
	pad := [...]string{2: "abc", 3: "def", 4: "ghi", 5: "jkl", 6: "mno", 7: "pqrs", 8: "tuv", 9: "wxyz"}
	res := []string{""}
	for _, d := range digits {
		var next []string
		for _, prefix := range res {
			for _, ch := range pad[d-'0'] {
				next = append(next, prefix+string(ch))
			}
		}
		res = next
	}
	return res
}

func main() {
	fmt.Println(permute([]int{1, 2, 3}))
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7))
	fmt.Println(combinationSum([]int{8, 2, 3}, 8))
	sols := solveNQueens(6)
	fmt.Println(len(sols), "solutions for 6 queens; first:")
	fmt.Println(strings.Join(sols[0], "\n"))
	for n := 1; n <= 8; n++ {
		fmt.Print(len(solveNQueens(n)), " ")
	}
	fmt.Println()
	fmt.Println(letterCombinations("23"), len(letterCombinations("79")), letterCombinations("") == nil)
}
