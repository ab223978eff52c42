package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows: rows, cols: cols, data: make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := NewMatrix(m.rows, o.cols)
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

func (m *Matrix) Transpose() *Matrix {
	t := NewMatrix(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6.2f", m.At(i, j))
		}
		sb.WriteString("]")
		if i < m.rows-1 {
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

type Vec [3]float64

func (v Vec) String() string { return fmt.Sprintf("(%g, %g, %g)", v[0], v[1], v[2]) }
func (v Vec) Dot(o Vec) float64 {
	return v[0]*o[0] + v[1]*o[1] + v[2]*o[2]
}
func (v Vec) Cross(o Vec) Vec {
	return Vec{v[1]*o[2] - v[2]*o[1], v[2]*o[0] - v[0]*o[2], v[0]*o[1] - v[1]*o[0]}
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Println("A =")
	fmt.Println(a)
	fmt.Printf("A^T =\n%v\n", a.Transpose())
	c, err := a.Mul(b)
	fmt.Printf("A*B =\n%s\nerr=%v\n", c, err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	i3 := Identity(3)
	same, _ := b.Transpose().Mul(i3)
	fmt.Println(same.String() == b.Transpose().String())
	fmt.Println(i3)

	x, y := Vec{1, 0, 0}, Vec{0, 1, 0}
	fmt.Println(x, y, x.Cross(y), x.Dot(y))
	fmt.Printf("%v %s %+v\n", x.Cross(y), Vec{1.5, -2, 3}, []Vec{x, y})
}
