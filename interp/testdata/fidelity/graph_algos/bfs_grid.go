package main

import (
	"fmt"
	"strings"
)

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"##.##.##..",
	"...#....#E",
}

type P struct{ R, C int }

func bfs(grid []string) (int, []P) {
	var start, end P
	for r, row := range grid {
		if c := strings.IndexByte(row, 'S'); c >= 0 {
			start = P{r, c}
		}
		if c := strings.IndexByte(row, 'E'); c >= 0 {
			end = P{r, c}
		}
	}
	prev := map[P]P{}
	dist := map[P]int{start: 0}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range []P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := P{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) || grid[n.R][n.C] == '#' {
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
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	path := []P{end}
	for p := end; p != start; {
		p = prev[p]
		path = append([]P{p}, path...)
	}
	return d, path
}

func main() {
	d, path := bfs(maze)
	fmt.Println("shortest:", d)

	canvas := make([][]byte, len(maze))
	for i := range maze {
		canvas[i] = []byte(maze[i])
	}
	for _, p := range path[1 : len(path)-1] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	fmt.Println(path[:3])
}
