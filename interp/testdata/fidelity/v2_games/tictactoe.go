package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = ' '
	X     Cell = 'X'
	O     Cell = 'O'
)

func (c Cell) String() string { return string(c) }

type Board [3][3]Cell

func NewBoard() Board {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = Empty
		}
	}
	return b
}

func (b Board) String() string {
	var sb strings.Builder
	for i, row := range b {
		fmt.Fprintf(&sb, " %v | %v | %v\n", row[0], row[1], row[2])
		if i < 2 {
			sb.WriteString("---+---+---\n")
		}
	}
	return sb.String()
}

var lines = [8][3][2]int{
	{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
	{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
	{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
}

func (b *Board) Winner() Cell {
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != Empty && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return Empty
}

func (b *Board) Full() bool {
	for _, row := range b {
		for _, c := range row {
			if c == Empty {
				return false
			}
		}
	}
	return true
}

// minimax returns score from X's perspective.
func minimax(b *Board, turn Cell, depth int) (int, [2]int) {
	if w := b.Winner(); w == X {
		return 10 - depth, [2]int{-1, -1}
	} else if w == O {
		return depth - 10, [2]int{-1, -1}
	}
	if b.Full() {
		return 0, [2]int{-1, -1}
	}
	best := -100
	if turn == O {
		best = 100
	}
	var move [2]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if b[i][j] != Empty {
				continue
			}
			b[i][j] = turn
			next := O
			if turn == O {
				next = X
			}
			s, _ := minimax(b, next, depth+1)
			b[i][j] = Empty
			if (turn == X && s > best) || (turn == O && s < best) {
				best, move = s, [2]int{i, j}
			}
		}
	}
	return best, move
}

func main() {
	b := NewBoard()
	b[0][0] = X
	b[1][1] = O
	turn := X
	moves := 0
	for b.Winner() == Empty && !b.Full() {
		score, mv := minimax(&b, turn, 0)
		b[mv[0]][mv[1]] = turn
		moves++
		fmt.Printf("move %d: %v -> %v (score %d)\n", moves, turn, mv, score)
		if turn == X {
			turn = O
		} else {
			turn = X
		}
	}
	fmt.Print(b)
	fmt.Printf("winner: %q full: %t\n", b.Winner(), b.Full())
	fmt.Println(b[0])
	fmt.Printf("%v\n", b[2])
}
