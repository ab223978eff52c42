package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func Parse(rows ...string) Grid {
	g := make(Grid, len(rows))
	for y, r := range rows {
		g[y] = make([]bool, len(r))
		for x, c := range r {
			g[y][x] = c == '#'
		}
	}
	return g
}

func (g Grid) neighbors(x, y int) int {
	h, w := len(g), len(g[0])
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+w)%w, (y+dy+h)%h
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	next := make(Grid, len(g))
	for y := range g {
		next[y] = make([]bool, len(g[y]))
		for x := range g[y] {
			n := g.neighbors(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	g := Parse(
		"........",
		"..#.....",
		"...#....",
		".###....",
		"........",
		"........",
	)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d alive=%d\n%v", gen, g.Alive(), g)
		g = g.Step()
	}
	seen := map[string]int{}
	b := Parse(".....", "..#..", "..#..", "..#..", ".....")
	for i := 0; ; i++ {
		k := b.String()
		if j, ok := seen[k]; ok {
			fmt.Printf("blinker repeats: gen %d == gen %d\n", i, j)
			break
		}
		seen[k] = i
		b = b.Step()
	}
	fmt.Print(b)
}
