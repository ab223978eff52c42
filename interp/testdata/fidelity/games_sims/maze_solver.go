package main

import (
	"fmt"
	"strings"
)

const mazeText = `
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###.#.##.#
#.....#..#
##########`

type pos struct{ r, c int }

func parse(s string) ([][]byte, pos, pos) {
	var grid [][]byte
	var start, end pos
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pos{len(grid), c}
			case 'E':
				end = pos{len(grid), c}
			}
		}
		grid = append(grid, row)
	}
	return grid, start, end
}

func bfs(grid [][]byte, start, end pos) ([]pos, int) {
	prev := map[pos]pos{}
	seen := map[pos]bool{start: true}
	queue := []pos{start}
	explored := 0
	dirs := []pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		explored++
		if cur == end {
			var path []pos
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, explored
		}
		for _, d := range dirs {
			n := pos{cur.r + d.r, cur.c + d.c}
			if grid[n.r][n.c] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, explored
}

func countPaths(grid [][]byte, p, end pos, visited map[pos]bool) int {
	if p == end {
		return 1
	}
	visited[p] = true
	defer delete(visited, p)
	total := 0
	for _, d := range [...]pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
		n := pos{p.r + d.r, p.c + d.c}
		if grid[n.r][n.c] != '#' && !visited[n] {
			total += countPaths(grid, n, end, visited)
		}
	}
	return total
}

func main() {
	grid, start, end := parse(mazeText)
	fmt.Printf("maze %dx%d, start %v, end %v\n", len(grid), len(grid[0]), start, end)
	path, explored := bfs(grid, start, end)
	fmt.Println("shortest path length:", len(path)-1, "explored:", explored)
	for _, p := range path[1 : len(path)-1] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	for _, p := range path[1 : len(path)-1] {
		grid[p.r][p.c] = '.'
	}
	fmt.Println("simple paths:", countPaths(grid, start, end, map[pos]bool{}))
	grid[5][6] = '#'
	grid[3][4] = '#'
	p2, e2 := bfs(grid, start, end)
	fmt.Println("after walls:", len(p2), e2, p2 == nil)
}
