package main

import (
	"fmt"
	"strings"
)

type Board struct {
	W, H  int
	cells []bool
	gen   int
}

func NewBoard(pattern string, w, h, ox, oy int) *Board {
	b := &Board{W: w, H: h, cells: make([]bool, w*h)}
	for y, line := range strings.Split(strings.TrimSpace(pattern), "\n") {
		for x, ch := range line {
			if ch == 'O' {
				b.Set(x+ox, y+oy, true)
			}
		}
	}
	return b
}

func (b *Board) idx(x, y int) int {
	x = (x%b.W + b.W) % b.W
	y = (y%b.H + b.H) % b.H
	return y*b.W + x
}
func (b *Board) Alive(x, y int) bool  { return b.cells[b.idx(x, y)] }
func (b *Board) Set(x, y int, v bool) { b.cells[b.idx(x, y)] = v }
func (b *Board) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() {
	next := make([]bool, len(b.cells))
	for y := 0; y < b.H; y++ {
		for x := 0; x < b.W; x++ {
			n := b.neighbors(x, y)
			next[b.idx(x, y)] = n == 3 || n == 2 && b.Alive(x, y)
		}
	}
	b.cells = next
	b.gen++
}

func (b *Board) Population() (n int) {
	for _, c := range b.cells {
		if c {
			n++
		}
	}
	return
}

func (b *Board) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "gen %d pop %d\n", b.gen, b.Population())
	for y := 0; y < b.H; y++ {
		for x := 0; x < b.W; x++ {
			if b.Alive(x, y) {
				sb.WriteByte('O')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

const glider = `
.O.
..O
OOO`

const blinker = `OOO`

func main() {
	b := NewBoard(glider, 8, 6, 1, 1)
	fmt.Print(b)
	for i := 0; i < 4; i++ {
		b.Step()
	}
	fmt.Print(b)
	bl := NewBoard(blinker, 5, 5, 1, 2)
	seen := map[string]int{}
	for i := 0; i < 6; i++ {
		key := bl.String()[strings.IndexByte(bl.String(), '\n')+1:]
		if first, ok := seen[key]; ok {
			fmt.Printf("blinker repeats: gen %d == gen %d (period %d)\n", bl.gen, first, bl.gen-first)
			break
		}
		seen[key] = bl.gen
		bl.Step()
	}
	for i := 0; i < 20; i++ {
		b.Step()
	}
	fmt.Println(b.gen, b.Population(), b.Alive(0, 0))
}
