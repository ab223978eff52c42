// Shortest path through a maze (AoC-style), BFS over a grid of bytes.
package main

import (
	"fmt"
	"strings"
)

const input = `#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
###.#.###
#.......#
#########`

type point struct{ r, c int }

var dirs = [4]point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func (p point) add(q point) point { return point{p.r + q.r, p.c + q.c} }

func parse(s string) (grid [][]byte, start, end point) {
	for r, line := range strings.Split(s, "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = point{r, c}
			case 'E':
				end = point{r, c}
			}
		}
		grid = append(grid, row)
	}
	return
}

func bfs(grid [][]byte, start, end point) (int, map[point]point) {
	dist := map[point]int{start: 0}
	prev := map[point]point{}
	queue := []point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			return dist[cur], prev
		}
		for _, d := range dirs {
			n := cur.add(d)
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[n.r]) {
				continue
			}
			if grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return -1, nil
}

func main() {
	grid, start, end := parse(input)
	fmt.Printf("grid %dx%d start=%v end=%v\n", len(grid), len(grid[0]), start, end)
	steps, prev := bfs(grid, start, end)
	fmt.Println("part 1:", steps)

	for p := prev[end]; p != start; p = prev[p] {
		grid[p.r][p.c] = 'o'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}

	open := 0
	for _, row := range grid {
		open += strings.Count(string(row), ".")
	}
	fmt.Println("unused open cells:", open)

	grid[5][3] = '#'
	steps2, _ := bfs(grid, start, end)
	fmt.Println("after blocking:", steps2)
}
