package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func NewMatrix[T Number](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) *Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var sum T
			for k := 0; k < m.cols; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func Trace[T Number](m *Matrix[T]) T {
	var t T
	for i := 0; i < min(m.rows, m.cols); i++ {
		t += m.At(i, i)
	}
	return t
}

type Score int64

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	fmt.Print(a.Transpose())
	if _, err := a.Mul(a); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrShape))
	}
	id := Identity[float64](3)
	f := NewMatrix(3, 3, 0.5, 1.5, 2.0, 1, 0, 1, 2.25, 0, 4)
	q, _ := f.Mul(id)
	fmt.Print(q)
	fmt.Println("trace:", Trace(q), Trace(p))
	s := NewMatrix[Score](2, 2, 10, 20, 30, 40)
	s2, _ := s.Mul(s)
	fmt.Printf("%v%T %v\n", s2, Trace(s2), Trace(s2))
}
