package main

import (
	"fmt"
	"strings"
)

const image = `...#......
.......#..
#.........
..........
......#...
.#........
.........#
..........
.......#..
#...#.....`

type galaxy struct{ x, y int }

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func expand(rows []string, factor int) []galaxy {
	emptyRow := make([]bool, len(rows))
	emptyCol := make([]bool, len(rows[0]))
	for i := range emptyCol {
		emptyCol[i] = true
	}
	for r, row := range rows {
		emptyRow[r] = !strings.Contains(row, "#")
		for c, ch := range row {
			if ch == '#' {
				emptyCol[c] = false
			}
		}
	}
	var gs []galaxy
	dy := 0
	for r, row := range rows {
		if emptyRow[r] {
			dy += factor - 1
			continue
		}
		dx := 0
		for c := range row {
			if emptyCol[c] {
				dx += factor - 1
			} else if row[c] == '#' {
				gs = append(gs, galaxy{c + dx, r + dy})
			}
		}
	}
	return gs
}

func sumDistances(gs []galaxy) (total int64) {
	for i := range gs {
		for j := i + 1; j < len(gs); j++ {
			total += int64(abs(gs[i].x-gs[j].x) + abs(gs[i].y-gs[j].y))
		}
	}
	return
}

func main() {
	rows := strings.Split(image, "\n")
	for _, f := range []int{2, 10, 100, 1000000} {
		gs := expand(rows, f)
		if f == 2 {
			for i, g := range gs {
				fmt.Printf("galaxy %d at %v\n", i+1, g)
			}
		}
		fmt.Printf("factor %7d: %d pairs, total %d\n", f, len(gs)*(len(gs)-1)/2, sumDistances(gs))
	}
}
