package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(pattern string) *Grid {
	lines := strings.Split(strings.TrimSpace(pattern), "\n")
	g := &Grid{w: len(lines[0]), h: len(lines)}
	g.cells = make([][]bool, g.h)
	for y, l := range lines {
		g.cells[y] = make([]bool, g.w)
		for x, ch := range l {
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

func (g *Grid) Neighbors(x, y int) int {
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
	ng := &Grid{w: g.w, h: g.h, cells: make([][]bool, g.h)}
	for y := range ng.cells {
		ng.cells[y] = make([]bool, g.w)
		for x := range ng.cells[y] {
			n := g.Neighbors(x, y)
			ng.cells[y][x] = n == 3 || (n == 2 && g.Alive(x, y))
		}
	}
	return ng
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

func main() {
	g := NewGrid(`
..........
...#......
....#.....
..###.....
..........
..........
......##..
......##..`)
	history := map[string]int{}
	for gen := 0; gen < 6; gen++ {
		fmt.Printf("generation %d, population %d\n%v", gen, g.Population(), g)
		if prev, seen := history[g.String()]; seen {
			fmt.Println("repeat of generation", prev)
		}
		history[g.String()] = gen
		g = g.Step()
	}
	fmt.Println(len(history), g.Neighbors(0, 0), g.Alive(-1, -1))
}
