package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	W, H  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{W: w, H: h, cells: make([][]bool, h)}
	for y := range g.cells {
		g.cells[y] = make([]bool, w)
	}
	return g
}

func Parse(s string) *Grid {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := NewGrid(len(lines[0]), len(lines))
	for y, l := range lines {
		for x, ch := range l {
			g.cells[y][x] = ch == '#'
		}
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	x, y = (x+g.W)%g.W, (y+g.H)%g.H // wrap around
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) (n int) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.W, g.H)
	for y := range g.H {
		for x := range g.W {
			n := g.Neighbors(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
}

func (g *Grid) Population() int {
	c := 0
	for _, row := range g.cells {
		for _, v := range row {
			if v {
				c++
			}
		}
	}
	return c
}

func (g *Grid) String() string {
	var b strings.Builder
	for _, row := range g.cells {
		for _, v := range row {
			b.WriteByte(".#"[btoi(v)])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

const start = `
.#......
..#.....
###.....
........
....##..
....##..
........
........`

func main() {
	g := Parse(start)
	seen := map[string]int{}
	for gen := 0; gen <= 12; gen++ {
		key := g.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("gen %d repeats gen %d\n", gen, prev)
		}
		seen[key] = gen
		if gen%4 == 0 {
			fmt.Printf("generation %d, population %d\n%v", gen, g.Population(), g)
		}
		g = g.Step()
	}
	blinker := Parse(".....\n..#..\n..#..\n..#..\n.....")
	fmt.Print(blinker.Step())
	fmt.Println(blinker.Step().Step().String() == blinker.String())
}
