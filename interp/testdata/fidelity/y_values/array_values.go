package main

import (
	"fmt"
	"sort"
	"strings"
)

type Vec [3]float64

func (v Vec) Add(o Vec) Vec {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func (v Vec) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%g", x)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

type Board [3][3]byte

func (b Board) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != '.' && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func main() {
	a := Vec{1, 2, 3}
	b := a.Add(Vec{10, 10, 10})
	a.Scale(2)
	fmt.Println(a, b, a == Vec{2, 4, 6}, len(a))
	vs := []Vec{{3, 0, 0}, {1, 1, 1}, {0, 5, 0}}
	for _, v := range vs {
		v.Scale(100) // copies
	}
	for i := range vs {
		vs[i].Scale(0.5)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i][1] < vs[j][1] })
	fmt.Println(vs)
	counts := map[Vec]int{}
	for _, v := range append(vs, Vec{0.5, 0.5, 0.5}, Vec{1.5, 0, 0}) {
		counts[v]++
	}
	fmt.Println(len(counts), counts[Vec{0.5, 0.5, 0.5}], counts)
	var bd Board
	for i := range bd {
		for j := range bd[i] {
			bd[i][j] = '.'
		}
	}
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {2, 0}}
	for n, m := range moves {
		p := byte('X')
		if n%2 == 1 {
			p = 'O'
		}
		snapshot := bd
		bd[m[0]][m[1]] = p
		if w := bd.Winner(); w != 0 {
			fmt.Printf("move %d: %c wins; before: %q\n", n+1, w, snapshot[2][:])
			break
		}
	}
	for _, row := range bd {
		fmt.Println(string(row[:]))
	}
	grid := [2][]int{{1, 2}, {3}}
	g2 := grid
	g2[0][0] = 100
	g2[1] = append(g2[1], 4)
	fmt.Println(grid, g2)
	pa := &[3]string{"x", "y", "z"}
	for i, s := range pa {
		pa[(i+1)%3] = s + "!"
	}
	fmt.Println(*pa, len(pa), cap(pa[:2]))
}
