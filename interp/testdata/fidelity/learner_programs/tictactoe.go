package main

import (
	"fmt"
	"strings"
)

type Cell int

const (
	Empty Cell = iota
	X
	O
)

func (c Cell) String() string {
	switch c {
	case X:
		return "X"
	case O:
		return "O"
	}
	return "."
}

type Board [3][3]Cell

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for j, c := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(c.String())
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b *Board) Play(r, c int, p Cell) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("move (%d,%d) off the board", r, c)
	}
	if b[r][c] != Empty {
		return fmt.Errorf("square (%d,%d) taken by %v", r, c, b[r][c])
	}
	b[r][c] = p
	return nil
}

func (b Board) Winner() Cell {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != Empty && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return Empty
}

// minimax returns the score for player p to move.
func minimax(b Board, p Cell, depth int) (int, [2]int) {
	if w := b.Winner(); w != Empty {
		if w == X {
			return 10 - depth, [2]int{-1, -1}
		}
		return depth - 10, [2]int{-1, -1}
	}
	best := [2]int{-1, -1}
	var bestScore int
	if p == X {
		bestScore = -100
	} else {
		bestScore = 100
	}
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if b[r][c] != Empty {
				continue
			}
			b[r][c] = p
			next := O
			if p == O {
				next = X
			}
			s, _ := minimax(b, next, depth+1)
			b[r][c] = Empty
			if (p == X && s > bestScore) || (p == O && s < bestScore) {
				bestScore, best = s, [2]int{r, c}
			}
		}
	}
	if best[0] < 0 {
		return 0, best
	}
	return bestScore, best
}

func main() {
	var b Board
	fmt.Println(b.Play(1, 1, X), b.Play(1, 1, O), b.Play(3, 0, O))
	b.Play(0, 0, O)
	turn := X
	for i := 0; i < 9; i++ {
		if b.Winner() != Empty {
			break
		}
		score, mv := minimax(b, turn, 0)
		if mv[0] < 0 {
			break
		}
		fmt.Printf("%v plays %v (score %d)\n", turn, mv, score)
		b.Play(mv[0], mv[1], turn)
		if turn == X {
			turn = O
		} else {
			turn = X
		}
	}
	fmt.Print(b)
	fmt.Printf("winner: %v, board %%v: %v\n", b.Winner(), b[0])
}
