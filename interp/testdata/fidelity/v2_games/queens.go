package main

import (
	"fmt"
	"slices"
	"strings"
)

type Solver struct {
	n     int
	cols  []bool
	d1    map[int]bool
	d2    map[int]bool
	place []int
	sols  [][]int
}

func NewSolver(n int) *Solver {
	return &Solver{n: n, cols: make([]bool, n), d1: map[int]bool{}, d2: map[int]bool{}, place: make([]int, 0, n)}
}

func (s *Solver) solve(row int) {
	if row == s.n {
		s.sols = append(s.sols, slices.Clone(s.place))
		return
	}
	for c := range s.n {
		if s.cols[c] || s.d1[row-c] || s.d2[row+c] {
			continue
		}
		s.cols[c], s.d1[row-c], s.d2[row+c] = true, true, true
		s.place = append(s.place, c)
		s.solve(row + 1)
		s.place = s.place[:len(s.place)-1]
		delete(s.d1, row-c)
		delete(s.d2, row+c)
		s.cols[c] = false
	}
}

func render(p []int) string {
	var b strings.Builder
	for _, c := range p {
		b.WriteString(strings.Repeat(". ", c))
		b.WriteString("Q ")
		b.WriteString(strings.Repeat(". ", len(p)-c-1))
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	for n := 1; n <= 8; n++ {
		s := NewSolver(n)
		s.solve(0)
		fmt.Printf("n=%d solutions=%d\n", n, len(s.sols))
	}
	s := NewSolver(8)
	s.solve(0)
	fmt.Println("first:", s.sols[0])
	fmt.Println("last:", s.sols[len(s.sols)-1])
	fmt.Print(render(s.sols[0]))
	// symmetric ones
	sym := 0
	for _, p := range s.sols {
		r := slices.Clone(p)
		slices.Reverse(r)
		if slices.Equal(p, r) {
			sym++
		}
	}
	fmt.Println("palindromic:", sym)
	idx := slices.IndexFunc(s.sols, func(p []int) bool { return p[0] == 3 })
	fmt.Printf("first with col 3: %d %v cap>=len: %v\n", idx, s.sols[idx], cap(s.sols) >= len(s.sols))
}
