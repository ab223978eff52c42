package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]int

func parseMatrix(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var row []int
		for _, f := range strings.Fields(line) {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", i, err)
			}
			row = append(row, n)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, errors.New("ragged matrix")
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) searchSorted(target int) (int, int, bool) {
	r, c := 0, len(m[0])-1
	for r < len(m) && c >= 0 {
		switch v := m[r][c]; {
		case v == target:
			return r, c, true
		case v > target:
			c--
		default:
			r++
		}
	}
	return -1, -1, false
}

func (m Matrix) setZeroes() {
	rows, cols := map[int]bool{}, map[int]bool{}
	for r, row := range m {
		for c, v := range row {
			if v == 0 {
				rows[r], cols[c] = true, true
			}
		}
	}
	for r := range m {
		for c := range m[r] {
			if rows[r] || cols[c] {
				m[r][c] = 0
			}
		}
	}
}

func main() {
	good := `
1  4  7 11 15
2  5  8 12 19
3  6  9 16 22
10 13 14 17 24`
	m, err := parseMatrix(good)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("parsed", len(m), "rows")

	for _, t := range []int{5, 20, 24, 1} {
		r, c, ok := m.searchSorted(t)
		fmt.Printf("search %2d: found=%v at (%d,%d)\n", t, ok, r, c)
	}

	z := Matrix{{0, 1, 2, 0}, {3, 4, 5, 2}, {1, 3, 1, 5}}
	z.setZeroes()
	fmt.Println("zeroed:", z)

	_, err = parseMatrix("1 2\n3 x")
	fmt.Println("bad input:", err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Printf("number error on %q (%v)\n", numErr.Num, numErr.Err)
	}

	m, err = parseMatrix("1 2 3\n4 5")
	if err != nil {
		fmt.Println("error:", err)
		return
	}

	fmt.Println("not reached", m)
}
