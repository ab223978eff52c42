package main

import (
	"fmt"
	"strings"
)

type Cell int8

const (
	Empty Cell = iota
	X
	O
)

func (c Cell) String() string { return [...]string{".", "X", "O"}[c] }

func (c Cell) Other() Cell {
	if c == X {
		return O
	}
	return X
}

type Board [9]Cell

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() Cell {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == Empty {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			sb.WriteString(b[r*3+c].String())
		}
		if r < 2 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

type Solver struct {
	memo  map[Board]int
	nodes int
}

// score from X's point of view: +10-depth win, -(10-depth) loss, 0 draw
func (s *Solver) minimax(b Board, turn Cell, depth int) int {
	if v, ok := s.memo[b]; ok {
		return v
	}
	s.nodes++
	if w := b.Winner(); w != Empty {
		if w == X {
			return 10 - depth
		}
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	best := -100
	if turn == O {
		best = 100
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		v := s.minimax(b, turn.Other(), depth+1)
		b[i] = Empty
		if turn == X && v > best || turn == O && v < best {
			best = v
		}
	}
	s.memo[b] = best
	return best
}

func (s *Solver) BestMove(b Board, turn Cell) (int, int) {
	move, best := -1, 0
	for i := range b {
		if b[i] != Empty {
			continue
		}
		nb := b
		nb[i] = turn
		v := s.minimax(nb, turn.Other(), 1)
		if move < 0 || turn == X && v > best || turn == O && v < best {
			move, best = i, v
		}
	}
	return move, best
}

func play(s *Solver, b Board, turn Cell) (Board, []int) {
	var moves []int
	for b.Winner() == Empty && !b.Full() {
		m, _ := s.BestMove(b, turn)
		b[m] = turn
		moves = append(moves, m)
		turn = turn.Other()
	}
	return b, moves
}

func main() {
	s := &Solver{memo: map[Board]int{}}
	var empty Board
	m, v := s.BestMove(empty, X)
	fmt.Println("opening:", m, v, "nodes:", s.nodes, "memo:", len(s.memo))
	final, moves := play(s, empty, X)
	fmt.Println("perfect play:", final, moves, "winner:", final.Winner())
	positions := []Board{
		{X, X, Empty, O, O, Empty, Empty, Empty, Empty},
		{X, O, X, Empty, O, Empty, Empty, Empty, Empty},
		{O, Empty, Empty, Empty, X, Empty, Empty, Empty, X},
		{X, O, X, X, O, O, O, X, X},
	}
	for i, p := range positions {
		turn := X
		xs, os := 0, 0
		for _, c := range p {
			switch c {
			case X:
				xs++
			case O:
				os++
			}
		}
		if xs > os {
			turn = O
		}
		mv, score := s.BestMove(p, turn)
		fb, seq := play(s, p, turn)
		fmt.Printf("%d %v turn=%v best=%d score=%+d -> %v %v winner=%v\n", i, p, turn, mv, score, fb, seq, fb.Winner())
	}
	fmt.Printf("%v %d %q\n", positions[0][:3], positions[0][:3], Cell(2))
	fmt.Println(s.nodes > 1000, len(s.memo) > 1000)
}
