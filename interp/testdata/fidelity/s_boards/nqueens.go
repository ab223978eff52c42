package main

import (
	"fmt"
	"strings"
)

type Solver struct {
	n         int
	cols      []bool
	diag1     []bool
	diag2     []bool
	queens    []int
	solutions [][]int
}

func NewSolver(n int) *Solver {
	return &Solver{
		n:     n,
		cols:  make([]bool, n),
		diag1: make([]bool, 2*n-1),
		diag2: make([]bool, 2*n-1),
	}
}

func (s *Solver) place(row int) {
	if row == s.n {
		s.solutions = append(s.solutions, append([]int(nil), s.queens...))
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n-1
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.queens = append(s.queens, c)
		s.place(row + 1)
		s.queens = s.queens[:len(s.queens)-1]
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func render(q []int) string {
	var sb strings.Builder
	n := len(q)
	sb.WriteString("+" + strings.Repeat("-", 2*n+1) + "+\n")
	for _, c := range q {
		sb.WriteString("| ")
		for i := range n {
			if i == c {
				sb.WriteString("Q ")
			} else {
				sb.WriteString(". ")
			}
		}
		sb.WriteString("|\n")
	}
	sb.WriteString("+" + strings.Repeat("-", 2*n+1) + "+")
	return sb.String()
}

func main() {
	for n := 1; n <= 8; n++ {
		s := NewSolver(n)
		s.place(0)
		fmt.Printf("n=%d solutions=%d\n", n, len(s.solutions))
	}
	s := NewSolver(6)
	s.place(0)
	for i, q := range s.solutions {
		fmt.Printf("solution %d: %v\n%s\n", i+1, q, render(q))
	}
}
