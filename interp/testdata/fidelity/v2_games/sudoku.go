package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [9][9]int

var ErrUnsolvable = errors.New("sudoku: no solution")

func Parse(s string) (Grid, error) {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return g, fmt.Errorf("parse: want 81 cells, got %d", len(s))
	}
	for i, r := range s {
		switch {
		case r == '.' || r == '0':
		case r >= '1' && r <= '9':
			g[i/9][i%9] = int(r - '0')
		default:
			return g, fmt.Errorf("parse: bad rune %q at %d", r, i)
		}
	}
	return g, nil
}

func (g *Grid) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) Solve() (steps int, err error) {
	var rec func() bool
	rec = func() bool {
		for r := 0; r < 9; r++ {
			for c := 0; c < 9; c++ {
				if g[r][c] != 0 {
					continue
				}
				for v := 1; v <= 9; v++ {
					if g.ok(r, c, v) {
						g[r][c] = v
						steps++
						if rec() {
							return true
						}
						g[r][c] = 0
					}
				}
				return false
			}
		}
		return true
	}
	if !rec() {
		return steps, ErrUnsolvable
	}
	return steps, nil
}

func (g Grid) String() string {
	var b strings.Builder
	for r, row := range g {
		if r > 0 && r%3 == 0 {
			b.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				b.WriteString("| ")
			}
			fmt.Fprintf(&b, "%d ", v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

const puzzle = `
53..7.... 6..195... .98....6.
8...6...3 4..8.3..1 7...2...6
.6....28. ...419..5 ....8..79`

func main() {
	g, err := Parse(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	steps, err := g.Solve()
	fmt.Println("steps:", steps, "err:", err)
	fmt.Print(g)
	_, err = Parse("12x")
	fmt.Println(err)
	_, err = Parse(strings.Repeat("1", 80) + "z")
	fmt.Println(err)
	bad := g
	bad[0][0], bad[0][1] = 0, 0
	bad[0][2] = 5
	bad[1][0] = 3
	_, err = bad.Solve()
	fmt.Println(errors.Is(err, ErrUnsolvable), err)
	fmt.Println(g[8])
}
