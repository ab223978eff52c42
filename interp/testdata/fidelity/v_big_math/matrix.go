package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) Det() float64 {
	if m.rows == 1 {
		return m.data[0]
	}
	var d float64
	for j := 0; j < m.cols; j++ {
		sub := New(m.rows-1, m.cols-1)
		for i := 1; i < m.rows; i++ {
			c := 0
			for k := 0; k < m.cols; k++ {
				if k == j {
					continue
				}
				sub.Set(i-1, c, m.At(i, k))
				c++
			}
		}
		sign := math.Pow(-1, float64(j))
		d += sign * m.At(0, j) * sub.Det()
	}
	return d
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&sb, "%7.2f", m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	m := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Println("det:", m.Det())
	id, _ := m.Mul(Identity(3))
	fmt.Print(*id)
	fmt.Println(id.data, len(id.data), cap(id.data))
	fmt.Printf("%v\n", *New(1, 2, math.Pi, math.E))
}
