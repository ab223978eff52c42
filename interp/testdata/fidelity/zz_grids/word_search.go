package main

import (
	"fmt"
	"slices"
	"strings"
)

const puzzle = `MMMSXXMASM
MSAMXMSMSA
AMXSXMAAMM
MSAMASMSMX
XMASAMXAMM
XXAMMXXAMA
SMSMSASXSS
SAXAMASAAA
MAMMMXMMMM
MXMXAXMASX`

type Hit struct {
	Word   string
	Row    int
	Col    int
	DR, DC int
}

func (h Hit) Dir() string {
	names := map[[2]int]string{{0, 1}: "E", {0, -1}: "W", {1, 0}: "S", {-1, 0}: "N",
		{1, 1}: "SE", {1, -1}: "SW", {-1, 1}: "NE", {-1, -1}: "NW"}
	return names[[2]int{h.DR, h.DC}]
}

func find(grid []string, word string) []Hit {
	var hits []Hit
	for r := range grid {
		for c := range grid[r] {
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if dr == 0 && dc == 0 {
						continue
					}
					ok := true
					for i := 0; i < len(word) && ok; i++ {
						rr, cc := r+dr*i, c+dc*i
						ok = rr >= 0 && rr < len(grid) && cc >= 0 && cc < len(grid[rr]) && grid[rr][cc] == word[i]
					}
					if ok {
						hits = append(hits, Hit{word, r, c, dr, dc})
					}
				}
			}
		}
	}
	return hits
}

func xmas(grid []string) int {
	n := 0
	for r := 1; r < len(grid)-1; r++ {
		for c := 1; c < len(grid[r])-1; c++ {
			if grid[r][c] != 'A' {
				continue
			}
			d1 := string([]byte{grid[r-1][c-1], grid[r+1][c+1]})
			d2 := string([]byte{grid[r-1][c+1], grid[r+1][c-1]})
			if (d1 == "MS" || d1 == "SM") && (d2 == "MS" || d2 == "SM") {
				n++
			}
		}
	}
	return n
}

func main() {
	grid := strings.Split(puzzle, "\n")
	hits := find(grid, "XMAS")
	fmt.Println("XMAS:", len(hits))
	byDir := map[string]int{}
	for _, h := range hits {
		byDir[h.Dir()]++
	}
	keys := make([]string, 0, len(byDir))
	for k := range byDir {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%-2s %d\n", k, byDir[k])
	}
	fmt.Println("X-MAS:", xmas(grid))
	fmt.Printf("%+v\n", hits[0])
	fmt.Println(len(find(grid, "SAMX")) == len(hits), find([]string{"AB"}, "ABC") == nil)
}
