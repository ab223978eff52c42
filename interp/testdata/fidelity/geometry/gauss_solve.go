package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrSingular = errors.New("matrix is singular")

// solve solves Ax = b with Gaussian elimination and partial pivoting.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[pivot][col]) {
				pivot = r
			}
		}
		if math.Abs(m[pivot][col]) < 1e-12 {
			return nil, ErrSingular
		}
		m[col], m[pivot] = m[pivot], m[col]
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for c := col; c <= n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := m[i][n]
		for j := i + 1; j < n; j++ {
			s -= m[i][j] * x[j]
		}
		x[i] = s / m[i][i]
	}
	return x, nil
}

func main() {
	a := [][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}

	x, err := solve(a, b)
	fmt.Printf("%.4f %v\n", x, err)

	_, err = solve([][]float64{{1, 2}, {2, 4}}, []float64{3, 6})
	fmt.Println(err)

	x, _ = solve([][]float64{{4, -2}, {1, 1}}, []float64{2, 3})
	for i, v := range x {
		fmt.Printf("x%d = %g\n", i, math.Round(v*1e9)/1e9)
	}
}
