package main

import (
	"fmt"
	"strings"
)

const N = 8

type Board [N][N]bool

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+N)%N, (c+dc+N)%N
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := range b {
		for c := range b[r] {
			n := b.neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b *Board) Count() (alive int) {
	for _, row := range b {
		for _, cell := range row {
			if cell {
				alive++
			}
		}
	}
	return
}

func main() {
	var b Board
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		b[p[0]][p[1]] = true
	}
	orig := b
	history := map[Board]int{}
	for gen := 0; gen < 40; gen++ {
		if prev, ok := history[b]; ok {
			fmt.Printf("generation %d repeats generation %d\n", gen, prev)
			break
		}
		history[b] = gen
		if gen%8 == 0 {
			fmt.Printf("gen %d (%d alive):\n%v", gen, b.Count(), b)
		}
		b = b.Step()
	}
	fmt.Println("original untouched:", orig.Count() == 5, orig[0][1], orig == b)
	arr := [5]int{1, 2, 3, 4, 5}
	for i, v := range arr {
		if i+1 < len(arr) {
			arr[i+1] = v * 10
		}
	}
	fmt.Println("range over array copy:", arr)
	sl := []int{1, 2, 3, 4, 5}
	for i, v := range sl {
		if i+1 < len(sl) {
			sl[i+1] = v * 10
		}
	}
	fmt.Println("range over slice:", sl)
}
