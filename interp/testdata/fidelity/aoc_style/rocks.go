package main

import (
	"fmt"
	"strings"
)

const platform = `O....#....
O.OO#....#
.....##...
OO.#O....O
.O.....O#.
O.#..O.#.#
..O..#O..O
.......O..
#....###..
#OO..#....`

type Board [][]byte

func parse(s string) Board {
	var b Board
	for _, l := range strings.Split(s, "\n") {
		b = append(b, []byte(l))
	}
	return b
}

func (b Board) tiltNorth() {
	for c := 0; c < len(b[0]); c++ {
		free := 0
		for r := 0; r < len(b); r++ {
			switch b[r][c] {
			case '#':
				free = r + 1
			case 'O':
				b[r][c] = '.'
				b[free][c] = 'O'
				free++
			}
		}
	}
}

// rotate clockwise
func (b Board) rotate() Board {
	h, w := len(b), len(b[0])
	out := make(Board, w)
	for c := 0; c < w; c++ {
		out[c] = make([]byte, h)
		for r := 0; r < h; r++ {
			out[c][h-1-r] = b[r][c]
		}
	}
	return out
}

func (b Board) load() int {
	total := 0
	for r, row := range b {
		total += strings.Count(string(row), "O") * (len(b) - r)
	}
	return total
}

func (b Board) key() string {
	var parts []string
	for _, row := range b {
		parts = append(parts, string(row))
	}
	return strings.Join(parts, "\n")
}

func main() {
	b := parse(platform)
	b.tiltNorth()
	fmt.Println("load after north tilt:", b.load())
	fmt.Println(b.key())

	b = parse(platform)
	seen := map[string]int{}
	const target = 1000000000
	for i := 0; i < target; i++ {
		k := b.key()
		if prev, ok := seen[k]; ok {
			period := i - prev
			remaining := (target - i) % period
			fmt.Printf("cycle found: step %d repeats step %d (period %d)\n", i, prev, period)
			for j := 0; j < remaining; j++ {
				for k := 0; k < 4; k++ {
					b.tiltNorth()
					b = b.rotate()
				}
			}
			break
		}
		seen[k] = i
		for k := 0; k < 4; k++ {
			b.tiltNorth()
			b = b.rotate()
		}
		if i < 3 {
			fmt.Printf("after %d cycles, load %d\n", i+1, b.load())
		}
	}
	fmt.Println("load after spin cycles:", b.load())
}
