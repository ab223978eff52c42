package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Number](rows, cols int, vals ...T) (*Matrix[T], error) {
	if len(vals) != 0 && len(vals) != rows*cols {
		return nil, fmt.Errorf("new %dx%d with %d values: %w", rows, cols, len(vals), ErrShape)
	}
	m := &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m, nil
}

func Identity[T Number](n int) *Matrix[T] {
	m, _ := New[T](n, n)
	for i := 0; i < n; i++ {
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
	out, _ := New[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	out, _ := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func Map[T, U Number](m *Matrix[T], f func(T) U) *Matrix[U] {
	out, _ := New[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

type Score int32

func main() {
	a, _ := New(2, 3, 1, 2, 3, 4, 5, 6)
	b, _ := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	_, err = New(2, 2, 1.0, 2.0, 3.0)
	fmt.Println(err)
	fmt.Print(a.Transpose())
	id := Identity[float64](3)
	f, _ := New(3, 3, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5)
	p, _ := f.Mul(id)
	fmt.Print(p)
	half := Map(a, func(v int) float64 { return float64(v) / 2 })
	fmt.Print(half)
	s, _ := New[Score](1, 2, 100, 200)
	fmt.Print(Map(s, func(v Score) int64 { return int64(v) * 1000000 }))
	var m32 *Matrix[float32]
	m32, _ = New[float32](1, 1, 1.1)
	fmt.Printf("%v %T\n", m32.At(0, 0)*3, m32.At(0, 0))
}
