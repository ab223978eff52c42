package main

import (
	"fmt"
	"strings"
)

var grid = []string{
	"#########",
	"#S..#...#",
	"#.#.#.#.#",
	"#.#...#.#",
	"#.####..#",
	"#......E#",
	"#########",
}

type P struct{ R, C int }

func find(ch byte) (P, bool) {
	for r, row := range grid {
		for c := 0; c < len(row); c++ {
			if row[c] == ch {
				return P{r, c}, true
			}
		}
	}
	return P{}, false
}

func bfs(start, end P) (int, []P) {
	dirs := [4]P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	prev := map[P]P{}
	dist := map[P]int{start: 0}
	queue := []P{start}
search:
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			n := P{cur.R + d.R, cur.C + d.C}
			switch {
			case grid[n.R][n.C] == '#':
				continue
			case n == start:
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			if n == end {
				break search
			}
			queue = append(queue, n)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	var path []P
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	return d, path
}

func main() {
	s, _ := find('S')
	e, _ := find('E')
	d, path := bfs(s, e)
	fmt.Println("distance", d, "path len", len(path))
	canvas := make([][]byte, len(grid))
	for i := range grid {
		canvas[i] = []byte(grid[i])
	}
	for _, p := range path[1:] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	count := 0
rows:
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case '#':
				continue
			case 'E':
				fmt.Println("E at", r, c)
				break rows
			case '.':
				count++
				if count%7 == 0 {
					continue rows
				}
			default:
				fmt.Printf("other %q\n", ch)
			}
		}
	}
	fmt.Println("count", count)
	i := 0
loop:
	if i < 5 {
		fmt.Print(strings.Repeat("=", i), "|")
		i++
		goto loop
	}
	fmt.Println()
}
