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

var ErrShape = errors.New("shape mismatch")

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func (a Matrix) T() Matrix {
	out := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a Matrix) String() string {
	var b strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.2f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}

	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")

	fmt.Print(a.T())

	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))

	id, _ := p.Mul(Identity(2))
	fmt.Println(id.String() == p.String())
}
