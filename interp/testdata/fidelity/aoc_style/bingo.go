package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `7,4,9,5,11,17,23,2,0,14,21,24,10,16,13,6,15,25,12,22,18,20,8,19,3,26,1

22 13 17 11  0
 8  2 23  4 24
21  9 14 16  7
 6 10  3 18  5
 1 12 20 15 19

 3 15  0  2 22
 9 18 13 17  5
19  8  7 25 23
20 11 10 24  4
14 21 16 12  6

14 21 17 24  4
10 16 15  9 19
18  8 23 26 20
22 11 13  6  5
 2  0 12  3  7`

type Board struct {
	nums   [5][5]int
	marked [5][5]bool
	won    bool
}

func (b *Board) Mark(n int) bool {
	for r := range 5 {
		for c := range 5 {
			if b.nums[r][c] == n {
				b.marked[r][c] = true
				return b.check(r, c)
			}
		}
	}
	return false
}

func (b *Board) check(r, c int) bool {
	row, col := true, true
	for i := 0; i < 5; i++ {
		row = row && b.marked[r][i]
		col = col && b.marked[i][c]
	}
	return row || col
}

// Unmarked is a value receiver: it works on a copy.
func (b Board) Unmarked() (sum int) {
	for r, row := range b.nums {
		for c, v := range row {
			if !b.marked[r][c] {
				sum += v
			}
		}
	}
	b.marked = [5][5]bool{} // no effect on the caller
	return sum
}

func parse(s string) ([]int, []Board) {
	blocks := strings.Split(s, "\n\n")
	var draws []int
	for _, f := range strings.Split(blocks[0], ",") {
		n, _ := strconv.Atoi(f)
		draws = append(draws, n)
	}
	boards := make([]Board, 0, len(blocks)-1)
	for _, blk := range blocks[1:] {
		var b Board
		for r, line := range strings.Split(blk, "\n") {
			for c, f := range strings.Fields(line) {
				b.nums[r][c], _ = strconv.Atoi(f)
			}
		}
		boards = append(boards, b)
	}
	return draws, boards
}

func main() {
	draws, boards := parse(input)
	fmt.Printf("%d draws, %d boards\n", len(draws), len(boards))

	// The classic mistake: ranging by value marks copies.
	for _, b := range boards {
		b.Mark(draws[0])
	}
	fmt.Println("marked after copy loop:", boards[0].marked[2][4], boards[0].Unmarked())

	var scores []int
	for _, n := range draws {
		for i := range boards {
			b := &boards[i]
			if b.won {
				continue
			}
			if b.Mark(n) {
				b.won = true
				score := b.Unmarked() * n
				scores = append(scores, score)
				fmt.Printf("board %d wins on %2d: unmarked %d, score %d\n", i+1, n, b.Unmarked(), score)
			}
		}
	}
	fmt.Println("first:", scores[0], "last:", scores[len(scores)-1])
	snapshot := boards[2]
	snapshot.marked[0][0] = !snapshot.marked[0][0]
	fmt.Println("copy independent:", snapshot.marked[0][0] != boards[2].marked[0][0], snapshot.nums == boards[2].nums)
}
