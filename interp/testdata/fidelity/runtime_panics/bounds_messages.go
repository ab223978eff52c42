package main

import (
	"fmt"
	"strconv"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{r, c, make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func safely(desc string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", desc, r)
			if e, ok := r.(error); ok {
				fmt.Printf("  Error(): %s\n", e.Error())
			}
		}
	}()
	fmt.Printf("%s: %s\n", desc, f())
}

func parseGrid(lines []string) [][]int {
	grid := make([][]int, len(lines))
	for i, l := range lines {
		for _, ch := range l {
			n, err := strconv.Atoi(string(ch))
			if err != nil {
				panic(fmt.Errorf("line %d: %w", i, err))
			}
			grid[i] = append(grid[i], n)
		}
	}
	return grid
}

func main() {
	m := NewMatrix(2, 3)
	m.Set(1, 2, 4.5)
	safely("at", func() string { return fmt.Sprint(m.At(1, 2)) })
	safely("at oob", func() string { return fmt.Sprint(m.At(2, 0)) })
	safely("set oob", func() string { m.Set(5, 5, 1); return "set" })

	grid := parseGrid([]string{"123", "45", "6789"})
	safely("grid", func() string { return fmt.Sprint(grid[1][1]) })
	safely("ragged", func() string { return fmt.Sprint(grid[1][2]) })
	safely("row", func() string { return fmt.Sprint(grid[3]) })
	safely("parse", func() string { return fmt.Sprint(parseGrid([]string{"12", "3x"})) })

	b := []byte("abc")
	n := 10
	safely("bytes", func() string { return string(b[:n]) })
	safely("bytes from", func() string { return string(b[n:]) })
	safely("cap", func() string { s := make([]int, 2, 4); return fmt.Sprint(s[:4], s[:n]) })
	var arr [3]string
	idx := len(b)
	safely("array", func() string { return arr[idx] })
	r := []rune("héllo")
	safely("runes", func() string { return string(r[n-5]) + string(r[n]) })
	safely("conv", func() string {
		s := make([]int, 2)
		return fmt.Sprint([3]int(s))
	})
}
