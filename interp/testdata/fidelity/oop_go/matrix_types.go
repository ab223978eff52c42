package main

import (
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
func (m Matrix) Cols() int {
	if len(m) == 0 {
		return 0
	}
	return len(m[0])
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", m.Rows(), m.Cols(), o.Rows(), o.Cols())
	}
	r := New(m.Rows(), o.Cols())
	for i := range r {
		for j := range r[i] {
			for k := 0; k < m.Cols(); k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r, nil
}

func (m Matrix) T() Matrix {
	r := New(m.Cols(), m.Rows())
	for i := range m {
		for j := range m[i] {
			r[j][i] = m[i][j]
		}
	}
	return r
}

func (m Matrix) Scale(f float64) Matrix {
	r := New(m.Rows(), m.Cols())
	for i := range m {
		for j, v := range m[i] {
			r[i][j] = v * f
		}
	}
	return r
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
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

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (m Matrix) Apply(v Vec) Vec {
	out := make(Vec, m.Rows())
	for i, row := range m {
		out[i] = Vec(row).Dot(v)
	}
	return out
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	fmt.Print(a.T())
	id := Identity(3)
	q, _ := a.Mul(id)
	fmt.Println(q.String() == a.String())
	fmt.Print(a.Scale(0.5))
	fmt.Println(a.Apply(Vec{1, 0, -1}))
	rot := Matrix{{0, -1}, {1, 0}}
	v := Vec{1, 0}
	for i := 0; i < 4; i++ {
		v = rot.Apply(v)
		fmt.Printf("%v ", v)
	}
	fmt.Println()
	fmt.Printf("%v|%d|%d\n", Matrix{}, Matrix{}.Rows(), Matrix{}.Cols())
	fmt.Println(len(a.String()), Vec{3, 4}.Dot(Vec{3, 4}))
}
