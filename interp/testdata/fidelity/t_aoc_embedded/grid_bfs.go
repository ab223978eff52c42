package main

import (
	"fmt"
	"strings"
)

const input = `
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
###.#.###
#.......#
#########`

type point struct{ r, c int }

func (p point) add(q point) point { return point{p.r + q.r, p.c + q.c} }

var dirs = [4]point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func parse(s string) (grid [][]byte, start, end point) {
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = point{len(grid), c}
			case 'E':
				end = point{len(grid), c}
			}
		}
		grid = append(grid, row)
	}
	return
}

func bfs(grid [][]byte, start, end point) (int, map[point]point) {
	dist := map[point]int{start: 0}
	prev := make(map[point]point)
	queue := []point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			return dist[cur], prev
		}
		for _, d := range dirs {
			nxt := cur.add(d)
			if nxt.r < 0 || nxt.r >= len(grid) || nxt.c < 0 || nxt.c >= len(grid[nxt.r]) {
				continue
			}
			if grid[nxt.r][nxt.c] == '#' {
				continue
			}
			if _, seen := dist[nxt]; seen {
				continue
			}
			dist[nxt] = dist[cur] + 1
			prev[nxt] = cur
			queue = append(queue, nxt)
		}
	}
	return -1, nil
}

func main() {
	grid, start, end := parse(input)
	fmt.Printf("grid %dx%d start=%v end=%v\n", len(grid), len(grid[0]), start, end)
	steps, prev := bfs(grid, start, end)
	fmt.Println("part 1:", steps)

	// mark the path
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}

	// part 2: count open cells reachable within 6 steps
	reach := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == '#' {
				continue
			}
			if d, _ := bfs(grid, start, point{r, c}); d >= 0 && d <= 6 {
				reach++
			}
		}
	}
	fmt.Println("part 2:", reach)
}
