package main

import (
	"fmt"
	"strings"
)

type Board [][]bool

func parse(s string) Board {
	var b Board
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := make([]bool, len(line))
		for i, c := range line {
			row[i] = c == '#'
		}
		b = append(b, row)
	}
	return b
}

func (b Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+len(b))%len(b), (c+dc+len(b[0]))%len(b[0])
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	next := make(Board, len(b))
	for r := range b {
		next[r] = make([]bool, len(b[r]))
		for c := range b[r] {
			n := b.neighbors(r, c)
			next[r][c] = n == 3 || (b[r][c] && n == 2)
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			if v {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	b := parse(`
......
..#...
...#..
.###..
......
......`)
	for gen := 0; gen < 3; gen++ {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step()
	}
}
