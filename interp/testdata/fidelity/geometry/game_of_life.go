package main

import (
	"fmt"
	"strings"
)

type Board struct {
	w, h  int
	cells []bool
}

func Parse(rows ...string) *Board {
	b := &Board{w: len(rows[0]), h: len(rows)}
	for _, r := range rows {
		for _, c := range r {
			b.cells = append(b.cells, c == '#')
		}
	}
	return b
}

func (b *Board) Alive(x, y int) bool {
	x = (x + b.w) % b.w
	y = (y + b.h) % b.h
	return b.cells[y*b.w+x]
}

func (b *Board) Step() *Board {
	nb := &Board{w: b.w, h: b.h, cells: make([]bool, len(b.cells))}
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && b.Alive(x+dx, y+dy) {
						n++
					}
				}
			}
			nb.cells[y*b.w+x] = n == 3 || (n == 2 && b.Alive(x, y))
		}
	}
	return nb
}

func (b *Board) String() string {
	var sb strings.Builder
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			if b.Alive(x, y) {
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
	b := Parse(
		".#....",
		"..#...",
		"###...",
		"......",
		"......",
	)

	for gen := 0; gen <= 4; gen += 2 {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step().Step()
	}

	pop := 0
	for _, c := range b.cells {
		if c {
			pop++
		}
	}
	fmt.Println("population:", pop)
}
