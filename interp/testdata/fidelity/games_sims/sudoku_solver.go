package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func parse(s string) Grid {
	var g Grid
	s = strings.ReplaceAll(s, "\n", "")
	for i, ch := range s {
		if ch >= '1' && ch <= '9' {
			g[i/9][i%9] = int(ch - '0')
		}
	}
	return g
}

func (g *Grid) valid(r, c, v int) bool {
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

var calls int

func (g *Grid) solve() bool {
	calls++
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.valid(r, c, v) {
					g[r][c] = v
					if g.solve() {
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

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			if v == 0 {
				sb.WriteString(". ")
			} else {
				fmt.Fprintf(&sb, "%d ", v)
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzle := parse(`
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`)
	fmt.Print(puzzle)
	orig := puzzle
	if puzzle.solve() {
		fmt.Println("solved in", calls, "calls:")
		fmt.Print(puzzle)
	}
	fmt.Println("original unchanged:", orig[0][2] == 0, "solved cell:", puzzle[0][2])
	sum := 0
	for _, row := range puzzle {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("checksum:", sum, puzzle[0][0]*100+puzzle[0][1]*10+puzzle[0][2])
	bad := orig
	bad[0][2] = 5
	calls = 0
	fmt.Println("invalid puzzle solvable:", bad.valid(0, 3, 5), bad.solve(), calls > 0)
}
