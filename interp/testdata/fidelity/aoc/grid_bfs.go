package main

import (
	"fmt"
	"strings"
)

const input = `Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi`

type point struct{ r, c int }

func (p point) add(q point) point { return point{p.r + q.r, p.c + q.c} }

var dirs = []point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func parse(s string) ([][]byte, point, point) {
	var grid [][]byte
	var start, end point
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = point{r, c}
				row[c] = 'a'
			case 'E':
				end = point{r, c}
				row[c] = 'z'
			}
		}
		grid = append(grid, row)
	}
	return grid, start, end
}

func bfs(grid [][]byte, starts []point, end point) int {
	dist := map[point]int{}
	queue := []point{}
	for _, s := range starts {
		dist[s] = 0
		queue = append(queue, s)
	}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			return dist[cur]
		}
		for _, d := range dirs {
			n := cur.add(d)
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			if grid[n.r][n.c] > grid[cur.r][cur.c]+1 {
				continue
			}
			dist[n] = dist[cur] + 1
			queue = append(queue, n)
		}
	}
	return -1
}

func main() {
	grid, start, end := parse(input)
	fmt.Printf("grid %dx%d start=%v end=%v\n", len(grid), len(grid[0]), start, end)
	fmt.Println("Part 1:", bfs(grid, []point{start}, end))

	var lows []point
	for r, row := range grid {
		for c, h := range row {
			if h == 'a' {
				lows = append(lows, point{r, c})
			}
		}
	}
	fmt.Println("low points:", len(lows))
	fmt.Println("Part 2:", bfs(grid, lows, end))

	for _, row := range grid {
		fmt.Println(string(row))
	}
	grid[1][1] = 'z'
	fmt.Println("blocked:", bfs(grid, []point{start}, end))
}
