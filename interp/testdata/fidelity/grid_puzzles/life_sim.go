package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func Parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := make([]bool, len(line))
		for i, ch := range line {
			row[i] = ch == '#'
		}
		g = append(g, row)
	}
	return g
}

func (g Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+len(g))%len(g), (c+dc+len(g[0]))%len(g[0])
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	next := make(Grid, len(g))
	for r := range g {
		next[r] = make([]bool, len(g[r]))
		for c := range g[r] {
			n := g.Neighbors(r, c)
			next[r][c] = n == 3 || (g[r][c] && n == 2)
		}
	}
	return next
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, v := range row {
			if v {
				b.WriteRune('█')
			} else {
				b.WriteRune('·')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, v := range row {
			if v {
				n++
			}
		}
	}
	return
}

func main() {
	g := Parse(`
......
..#...
...#..
.###..
......
......`)
	seen := map[string]int{}
	for gen := 0; gen <= 24; gen++ {
		key := g.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("gen %d repeats gen %d\n", gen, prev)
			break
		}
		seen[key] = gen
		if gen%4 == 0 {
			fmt.Printf("gen %d alive=%d\n%v", gen, g.Alive(), g)
		}
		g = g.Step()
	}
	fmt.Println(len(seen))
}
