package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			ch := b[r*3+c]
			if ch == 0 {
				ch = '.'
			}
			sb.WriteByte(ch)
			if c < 2 {
				sb.WriteByte('|')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b *Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != 0 && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) Full() bool {
	for _, c := range b {
		if c == 0 {
			return false
		}
	}
	return true
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

var nodes int

func minimax(b *Board, player, me byte, depth int) int {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == me {
			return 10 - depth
		}
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	best := -100
	if player != me {
		best = 100
	}
	for i := range b {
		if b[i] != 0 {
			continue
		}
		b[i] = player
		score := minimax(b, other(player), me, depth+1)
		b[i] = 0
		if player == me && score > best || player != me && score < best {
			best = score
		}
	}
	return best
}

func bestMove(b Board, p byte) int {
	move, best := -1, -1000
	for i := 0; i < 9; i++ {
		if b[i] != 0 {
			continue
		}
		b[i] = p
		s := minimax(&b, other(p), p, 1)
		b[i] = 0
		if s > best {
			best, move = s, i
		}
	}
	return move
}

func main() {
	var b Board
	b[0] = 'X'
	player := byte('O')
	for b.Winner() == 0 && !b.Full() {
		m := bestMove(b, player)
		b[m] = player
		fmt.Printf("%c plays %d (searched %d nodes)\n", player, m, nodes)
		fmt.Print(b)
		player = other(player)
	}
	switch w := b.Winner(); w {
	case 0:
		fmt.Println("draw")
	default:
		fmt.Printf("%c wins\n", w)
	}

	puzzle := Board{'X', 'O', 'X', 0, 'O', 0, 0, 0, 0}
	fmt.Println("X to block at", bestMove(puzzle, 'X'))
	win := Board{'O', 'O', 0, 'X', 'X', 0, 0, 0, 0}
	fmt.Println("X to win at", bestMove(win, 'X'))
	fmt.Printf("%q\n", win[:])
}
