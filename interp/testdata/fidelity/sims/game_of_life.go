package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	cells := make([][]bool, h)
	for i := range cells {
		cells[i] = make([]bool, w)
	}
	return &Grid{w: w, h: h, cells: cells}
}

func Parse(rows ...string) *Grid {
	g := NewGrid(len(rows[0]), len(rows))
	for y, row := range rows {
		for x, ch := range row {
			g.cells[y][x] = ch == '#'
		}
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbours(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
}

func (g *Grid) Population() (n int) {
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func (g *Grid) String() string {
	var b strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				b.WriteRune('█')
			} else {
				b.WriteRune('·')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	g := Parse(
		"..........",
		"..#.......",
		"...#......",
		".###......",
		"..........",
		"......###.",
		"..........",
		"..........",
	)
	seen := map[string]int{}
	for gen := 0; gen <= 12; gen++ {
		key := g.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("generation %d repeats generation %d\n", gen, prev)
			break
		}
		seen[key] = gen
		if gen%4 == 0 {
			fmt.Printf("generation %d, population %d\n%v", gen, g.Population(), g)
		}
		g = g.Step()
	}
	blinker := Parse(".....", "..#..", "..#..", "..#..", ".....")
	fmt.Print(blinker.Step())
	fmt.Println(blinker.Step().Step().String() == blinker.String())
}
