package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix) Transpose() Matrix {
	t := make(Matrix, len(m[0]))
	for j := range t {
		t[j] = make([]float64, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
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

type Vec [3]float64

func (v Vec) Dot(o Vec) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }
func (v Vec) Cross(o Vec) Vec {
	return Vec{v[1]*o[2] - v[2]*o[1], v[2]*o[0] - v[0]*o[2], v[0]*o[1] - v[1]*o[0]}
}

type Grid [3][3]rune

func (g Grid) String() string {
	rows := make([]string, 3)
	for i, r := range g {
		rows[i] = string(r[:])
	}
	return strings.Join(rows, "/")
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Print(a)
	fmt.Print(a.Mul(a.Transpose()))
	fmt.Print(Identity(2).Mul(Matrix{{2, 0}, {1, 3}}))
	fmt.Println(len(a), a.Transpose()[2])
	x, y := Vec{1, 0, 0}, Vec{0, 1, 0}
	fmt.Println(x.Dot(y), x.Cross(y), y.Cross(x), Vec{1, 2, 3}.Dot(Vec{4, 5, 6}))
	fmt.Printf("%v %+v %.1f\n", x, x.Cross(y), Vec{1.25, 2, 3})
	g := Grid{{'x', 'o', 'x'}, {' ', 'x', 'o'}, {'o', ' ', 'x'}}
	fmt.Println(g)
	g[1][0] = 'o'
	fmt.Printf("%v|%s\n", g, g)
	seen := map[Vec]bool{x: true, y: true}
	fmt.Println(seen[Vec{1, 0, 0}], seen[x.Cross(y)], len(seen))
	grids := map[Grid]int{g: 1}
	g2 := g
	fmt.Println(grids[g2], g2 == g)
}
