package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

var ErrShape = errors.New("shape mismatch")

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(m), len(m[0]), len(o), len(o[0]), ErrShape)
	}
	out := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) Det() float64 {
	n := len(m)
	a := New(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det = -det
		}
		det *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return det
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	sq := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Printf("det = %.4f\n", sq.Det())
	fmt.Printf("det(I4) = %v, det(singular) = %v\n", Identity(4).Det(), Matrix{{1, 2}, {2, 4}}.Det())
	p := Identity(2)
	fib := Matrix{{1, 1}, {1, 0}}
	for i := 0; i < 10; i++ {
		p, _ = p.Mul(fib)
	}
	fmt.Println("fib via matrix:", p[0][1], p)
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	jag := [][]int{{1}, {2, 3}, {4, 5, 6}}
	for _, row := range jag {
		fmt.Print(len(row), row, " ")
	}
	fmt.Println()
}
