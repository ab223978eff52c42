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

type Board [9]Cell

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		if r > 0 {
			sb.WriteString("---+---+---\n")
		}
		for c := 0; c < 3; c++ {
			if c > 0 {
				sb.WriteByte('|')
			}
			fmt.Fprintf(&sb, " %c ", b[r*3+c])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() Cell {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b *Board) Full() bool {
	for _, c := range b {
		if c == Empty {
			return false
		}
	}
	return true
}

func other(p Cell) Cell {
	if p == X {
		return O
	}
	return X
}

// minimax returns the score for player p to move and the best move.
func minimax(b *Board, p Cell, depth int) (score, move int) {
	if w := b.Winner(); w != Empty {
		if w == p {
			return 10 - depth, -1
		}
		return depth - 10, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -100, -1
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = p
		s, _ := minimax(b, other(p), depth+1)
		b[i] = Empty
		if -s > best {
			best, bestMove = -s, i
		}
	}
	return best, bestMove
}

func main() {
	var b Board
	for i := range b {
		b[i] = Empty
	}
	b[0], b[4] = X, O
	p := X
	moves := []int{}
	for b.Winner() == Empty && !b.Full() {
		_, m := minimax(&b, p, 0)
		b[m] = p
		moves = append(moves, m)
		p = other(p)
	}
	fmt.Print(b)
	fmt.Println("moves:", moves)
	w := b.Winner()
	if w == Empty {
		fmt.Println("draw")
	} else {
		fmt.Printf("winner %c\n", w)
	}
	c := Board{X, X, Empty, O, O, Empty, Empty, Empty, Empty}
	s, m := minimax(&c, O, 0)
	fmt.Println("O to move: score", s, "move", m)
	fmt.Printf("%q %v\n", c[:3], c[0] == X)
}
