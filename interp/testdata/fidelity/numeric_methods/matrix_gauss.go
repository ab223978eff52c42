package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	r := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r, nil
}

func (m Matrix) T() Matrix {
	r := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			r[j][i] = v
		}
	}
	return r
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString("[")
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

var ErrSingular = errors.New("matrix is singular")

// Solve solves Ax = b with partial pivoting; returns x and the determinant.
func Solve(A Matrix, b []float64) ([]float64, float64, error) {
	n := len(A)
	a := NewMatrix(n, n+1)
	for i := range A {
		copy(a[i], A[i])
		a[i][n] = b[i]
	}
	det := 1.0
	for col := 0; col < n; col++ {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		if math.Abs(a[p][col]) < 1e-12 {
			return nil, 0, ErrSingular
		}
		if p != col {
			a[p], a[col] = a[col], a[p]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c <= n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := a[i][n]
		for j := i + 1; j < n; j++ {
			s -= a[i][j] * x[j]
		}
		x[i] = s / a[i][i]
	}
	return x, det, nil
}

func main() {
	A := Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}
	x, det, err := Solve(A, b)
	fmt.Println("x =", x, "det =", det, "err =", err)
	fmt.Printf("x rounded: %.4f\n", x)

	B := Matrix{{1, 2}, {3, 4}, {5, 6}}
	P, err := A.Mul(B)
	fmt.Print(P, err, "\n")
	_, err = B.Mul(B)
	fmt.Println("error:", err)
	BtB, _ := B.T().Mul(B)
	fmt.Print("B^T B =\n", BtB)
	I := Identity(3)
	AI, _ := A.Mul(I)
	fmt.Println(AI.String() == A.String())

	_, _, err = Solve(Matrix{{1, 2}, {2, 4}}, []float64{1, 2})
	fmt.Println("singular:", err, errors.Is(err, ErrSingular))

	// Hilbert matrix: ill-conditioned
	for n := 3; n <= 6; n++ {
		H := NewMatrix(n, n)
		ones := make([]float64, n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				H[i][j] = 1 / float64(i+j+1)
				ones[i] += H[i][j]
			}
		}
		sol, d, _ := Solve(H, ones)
		maxErr := 0.0
		for _, v := range sol {
			maxErr = math.Max(maxErr, math.Abs(v-1))
		}
		fmt.Printf("hilbert %d: det=%.3e maxErr=%.2e\n", n, d, maxErr)
	}
	fmt.Printf("%v\n", Matrix{{1, 2}, {3, 4}})
	fmt.Printf("%v\n", [][]float64(Matrix{{1, 2}, {3, 4}}))
}
