package main

import (
	"container/list"
	"fmt"
	"strings"
)

const heightmap = `
Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi`

type pos struct{ r, c int }

func parse(s string) (grid [][]byte, start, end pos) {
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start, row[c] = pos{r, c}, 'a'
			case 'E':
				end, row[c] = pos{r, c}, 'z'
			}
		}
		grid = append(grid, row)
	}
	return
}

// bfs walks down from the end, so one search answers both parts.
func bfs(grid [][]byte, from pos) map[pos]int {
	dist := map[pos]int{from: 0}
	q := list.New()
	q.PushBack(from)
	for q.Len() > 0 {
		cur := q.Remove(q.Front()).(pos)
		for _, d := range []pos{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			nx := pos{cur.r + d.r, cur.c + d.c}
			if nx.r < 0 || nx.r >= len(grid) || nx.c < 0 || nx.c >= len(grid[0]) {
				continue
			}
			if _, ok := dist[nx]; ok {
				continue
			}
			if int(grid[cur.r][cur.c])-int(grid[nx.r][nx.c]) > 1 {
				continue
			}
			dist[nx] = dist[cur] + 1
			q.PushBack(nx)
		}
	}
	return dist
}

func main() {
	grid, start, end := parse(heightmap)
	fmt.Println("start", start, "end", end, "size", len(grid), "x", len(grid[0]))
	dist := bfs(grid, end)
	fmt.Println("part 1:", dist[start])
	best, at := -1, pos{}
	for r, row := range grid {
		for c, h := range row {
			if d, ok := dist[pos{r, c}]; ok && h == 'a' && (best < 0 || d < best) {
				best, at = d, pos{r, c}
			}
		}
	}
	fmt.Println("part 2:", best, "from", at)
	for r, row := range grid {
		var sb strings.Builder
		for c := range row {
			if d, ok := dist[pos{r, c}]; ok {
				fmt.Fprintf(&sb, "%3d", d)
			} else {
				sb.WriteString("  .")
			}
		}
		fmt.Println(sb.String())
	}
}
