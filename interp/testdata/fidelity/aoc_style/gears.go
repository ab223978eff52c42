package main

import (
	"fmt"
	"sort"
	"strings"
)

var grid = strings.Fields(`
467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598..
`)

type pt struct{ r, c int }

type number struct {
	val   int
	row   int
	start int
	end   int // exclusive
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func findNumbers(g []string) []number {
	var out []number
	for r, line := range g {
		for c := 0; c < len(line); {
			if !isDigit(line[c]) {
				c++
				continue
			}
			n := number{row: r, start: c}
			for c < len(line) && isDigit(line[c]) {
				n.val = n.val*10 + int(line[c]-'0')
				c++
			}
			n.end = c
			out = append(out, n)
		}
	}
	return out
}

func neighbors(n number, g []string) []pt {
	var ps []pt
	for r := n.row - 1; r <= n.row+1; r++ {
		for c := n.start - 1; c <= n.end; c++ {
			if r < 0 || r >= len(g) || c < 0 || c >= len(g[r]) {
				continue
			}
			if r == n.row && c >= n.start && c < n.end {
				continue
			}
			ps = append(ps, pt{r, c})
		}
	}
	return ps
}

func main() {
	nums := findNumbers(grid)
	fmt.Println("numbers found:", len(nums))
	part1 := 0
	gears := map[pt][]int{}
	for _, n := range nums {
		adjacent := false
		for _, p := range neighbors(n, grid) {
			ch := grid[p.r][p.c]
			if ch != '.' && !isDigit(ch) {
				adjacent = true
				if ch == '*' {
					gears[p] = append(gears[p], n.val)
				}
			}
		}
		if adjacent {
			part1 += n.val
		} else {
			fmt.Printf("  %d at (%d,%d) is not a part\n", n.val, n.row, n.start)
		}
	}
	fmt.Println("part 1:", part1)

	keys := make([]pt, 0, len(gears))
	for k := range gears {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].r != keys[j].r {
			return keys[i].r < keys[j].r
		}
		return keys[i].c < keys[j].c
	})
	part2 := 0
	for _, k := range keys {
		v := gears[k]
		fmt.Printf("  star %v touches %v\n", k, v)
		if len(v) == 2 {
			part2 += v[0] * v[1]
		}
	}
	fmt.Println("part 2:", part2)
}
