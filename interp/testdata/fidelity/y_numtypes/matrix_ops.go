package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	r, c int
	data []float64
}

var ErrShape = errors.New("shape mismatch")

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

func (m Matrix) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m Matrix) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.c != o.r {
		return Matrix{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.r, m.c, o.r, o.c, ErrShape)
	}
	out := New(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s float64
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := New(m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m Matrix) Det() float64 {
	if m.r == 1 {
		return m.data[0]
	}
	var d float64
	sign := 1.0
	for j := 0; j < m.c; j++ {
		minor := New(m.r-1, m.c-1)
		idx := 0
		for i := 1; i < m.r; i++ {
			for k := 0; k < m.c; k++ {
				if k != j {
					minor.data[idx] = m.At(i, k)
					idx++
				}
			}
		}
		d += sign * m.At(0, j) * minor.Det()
		sign = -sign
	}
	return d
}

func (m Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.r; i++ {
		b.WriteString("[")
		for j := 0; j < m.c; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func pow(m Matrix, n int) Matrix {
	res := Identity(m.r)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			res, _ = res.Mul(m)
		}
		m, _ = m.Mul(m)
	}
	return res
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Print(a, a.T())
	p, err := a.Mul(a.T())
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	b := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Println("det:", b.Det(), Identity(4).Det())
	fib := pow(New(2, 2, 1, 1, 1, 0), 30)
	fmt.Printf("fib(30)=%.0f\n", fib.At(0, 1))
	c := a
	c.Set(0, 0, 100)
	fmt.Println("shared backing:", a.At(0, 0))
	ms := map[string]Matrix{"id": Identity(2)}
	fmt.Printf("%v", ms["id"])
	fmt.Println([]Matrix{New(1, 2, 7, 8)})
}
