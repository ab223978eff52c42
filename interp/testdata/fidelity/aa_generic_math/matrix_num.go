package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func New[T Number](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T      { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func Mul[T Number](a, b Matrix[T]) (Matrix[T], error) {
	if a.cols != b.rows {
		return Matrix[T]{}, fmt.Errorf("%w: %dx%d * %dx%d", ErrShape, a.rows, a.cols, b.rows, b.cols)
	}
	out := New[T](a.rows, b.cols)
	for i := 0; i < a.rows; i++ {
		for j := 0; j < b.cols; j++ {
			var s T
			for k := 0; k < a.cols; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	t := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m Matrix[T]) String() string {
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

func Pow[T Number](m Matrix[T], n int) Matrix[T] {
	res := Identity[T](m.rows)
	for n > 0 {
		if n&1 == 1 {
			res, _ = Mul(res, m)
		}
		m, _ = Mul(m, m)
		n >>= 1
	}
	return res
}

type Cents int64

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	p, err := Mul(a, b)
	fmt.Print(a, b, p, err, "\n")
	_, err = Mul(a, a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := New[int64](2, 2, 1, 1, 1, 0)
	fmt.Println("fib(50) =", Pow(fib, 50).At(0, 1))
	rot := New(2, 2, 0.0, -1, 1, 0)
	fmt.Print(Pow(rot, 3))
	prices := New[Cents](1, 3, 199, 250, 1000)
	qty := New[Cents](3, 1, 2, 1, 3)
	total, _ := Mul(prices, qty)
	fmt.Printf("%v %T\n", total.At(0, 0), total.At(0, 0))
}
