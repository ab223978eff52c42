// Text layout and small numeric helpers of the kind gopl's exercises ask for.
package main

import (
	"fmt"
	"math"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	out := NewMatrix(len(a), len(b[0]))
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
	out := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func comma(s string) string {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	dot := strings.IndexByte(s, '.')
	frac := ""
	if dot >= 0 {
		s, frac = s[:dot], s[dot:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s + frac
}

func main() {
	text := "The Go programming language is an open source project to make programmers more productive. Go is expressive, concise, clean, and efficient."
	for i, l := range wrap(text, 30) {
		fmt.Printf("%2d |%-30s|\n", i+1, l)
	}
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	fmt.Print(a.T())
	_, err = a.Mul(a)
	fmt.Println("err:", err)
	fmt.Println(comma("1234567"), comma("-98765.4321"), comma("12"), comma("1000"))
	rot := Matrix{{math.Cos(math.Pi / 2), -math.Sin(math.Pi / 2)}, {math.Sin(math.Pi / 2), math.Cos(math.Pi / 2)}}
	p, _ := rot.Mul(Matrix{{1}, {0}})
	fmt.Printf("%.3f %.3f\n", p[0][0], p[1][0])
	fmt.Println(len(a), cap(a[0]), a[1][2])
}
