package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	R, C int
	data []float64
}

var ErrShape = errors.New("shape mismatch")
var ErrSingular = errors.New("matrix is singular")

func New(r, c int, vals ...float64) Matrix {
	m := Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix) At(i, j int) float64     { return m.data[i*m.C+j] }
func (m Matrix) Set(i, j int, v float64) { m.data[i*m.C+j] = v }

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.C != o.R {
		return Matrix{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.R, m.C, o.R, o.C, ErrShape)
	}
	r := New(m.R, o.C)
	for i := 0; i < m.R; i++ {
		for j := 0; j < o.C; j++ {
			s := 0.0
			for k := 0; k < m.C; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m Matrix) T() Matrix {
	r := New(m.C, m.R)
	for i := 0; i < m.R; i++ {
		for j := 0; j < m.C; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m Matrix) Inverse() (Matrix, error) {
	n := m.R
	a := New(n, 2*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a.Set(i, j, m.At(i, j))
		}
		a.Set(i, n+i, 1)
	}
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a.At(r, col)) > math.Abs(a.At(pivot, col)) {
				pivot = r
			}
		}
		if math.Abs(a.At(pivot, col)) < 1e-12 {
			return Matrix{}, ErrSingular
		}
		for j := 0; j < 2*n; j++ {
			x, y := a.At(col, j), a.At(pivot, j)
			a.Set(col, j, y)
			a.Set(pivot, j, x)
		}
		p := a.At(col, col)
		for j := 0; j < 2*n; j++ {
			a.Set(col, j, a.At(col, j)/p)
		}
		for r := 0; r < n; r++ {
			if r != col {
				f := a.At(r, col)
				for j := 0; j < 2*n; j++ {
					a.Set(r, j, a.At(r, j)-f*a.At(col, j))
				}
			}
		}
	}
	inv := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			inv.Set(i, j, a.At(i, n+j))
		}
	}
	return inv, nil
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.R; i++ {
		sb.WriteString("[")
		for j := 0; j < m.C; j++ {
			v := m.At(i, j)
			if math.Abs(v) < 1e-9 {
				v = 0
			}
			fmt.Fprintf(&sb, "%7.3f", v)
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	ab, err := a.Mul(b)
	fmt.Print(ab, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	m := New(3, 3, 2, -1, 0, -1, 2, -1, 0, -1, 2)
	inv, err := m.Inverse()
	fmt.Print(inv, err, "\n")
	check, _ := m.Mul(inv)
	fmt.Print(check)
	_, err = New(2, 2, 1, 2, 2, 4).Inverse()
	fmt.Println(err)
	id := Identity(2)
	fmt.Printf("%v%d %v\n", id, len(id.data), id.At(1, 1))
}
