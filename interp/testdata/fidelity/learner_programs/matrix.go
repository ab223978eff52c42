package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

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

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int { return len(m[0]) }

var ErrShape = errors.New("shape mismatch")

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.Rows(), m.Cols(), o.Rows(), o.Cols(), ErrShape)
	}
	out := New(m.Rows(), o.Cols())
	for i := range out {
		for j := range out[i] {
			for k := 0; k < m.Cols(); k++ {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := New(m.Cols(), m.Rows())
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) Det() float64 {
	n := m.Rows()
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	det := 0.0
	sign := 1.0
	for c := 0; c < n; c++ {
		minor := New(n-1, n-1)
		for i := 1; i < n; i++ {
			k := 0
			for j := 0; j < n; j++ {
				if j == c {
					continue
				}
				minor[i-1][k] = m[i][j]
				k++
			}
		}
		det += sign * m[0][c] * minor.Det()
		sign = -sign
	}
	return det
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		b.WriteString("[")
		for j, v := range row {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", v)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	c := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Println("det:", c.Det())
	id := Identity(3)
	q, _ := c.Mul(id)
	fmt.Println(q.String() == c.String())
	fmt.Println(id)
	fmt.Printf("%v|%d|%.1f\n", []float64(id[0]), len(id), id[2])
	var m4 Matrix = Identity(4)
	m4[0][3] = 5
	m4[3][0] = 2
	fmt.Printf("det4=%.1f rows=%d\n", m4.Det(), m4.Rows())
}
