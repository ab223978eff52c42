package main

import (
	"fmt"
	"strings"
)

const maze = `..F7.
.FJ|.
SJ.L7
|F--J
LJ...`

type P struct{ R, C int }

var dirs = map[byte][]P{
	'|': {{-1, 0}, {1, 0}},
	'-': {{0, -1}, {0, 1}},
	'L': {{-1, 0}, {0, 1}},
	'J': {{-1, 0}, {0, -1}},
	'7': {{1, 0}, {0, -1}},
	'F': {{1, 0}, {0, 1}},
}

type Grid []string

func (g Grid) at(p P) byte {
	if p.R < 0 || p.R >= len(g) || p.C < 0 || p.C >= len(g[p.R]) {
		return '.'
	}
	return g[p.R][p.C]
}

func (g Grid) connects(from, to P) bool {
	for _, d := range dirs[g.at(to)] {
		if (P{to.R + d.R, to.C + d.C}) == from {
			return true
		}
	}
	return false
}

func main() {
	g := Grid(strings.Split(maze, "\n"))
	var start P
	for r, row := range g {
		if c := strings.IndexByte(row, 'S'); c >= 0 {
			start = P{r, c}
		}
	}
	fmt.Printf("start at %+v\n", start)
	dist := map[P]int{start: 0}
	queue := []P{}
	for _, d := range []P{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
		n := P{start.R + d.R, start.C + d.C}
		if g.connects(start, n) {
			dist[n] = 1
			queue = append(queue, n)
		}
	}
	fmt.Println("start connects to", queue)
	far := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		far = max(far, dist[cur])
		for _, d := range dirs[g.at(cur)] {
			n := P{cur.R + d.R, cur.C + d.C}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	for r := range g {
		var sb strings.Builder
		for c := range g[r] {
			if d, ok := dist[P{r, c}]; ok {
				sb.WriteString(fmt.Sprint(d % 10))
			} else {
				sb.WriteByte('.')
			}
		}
		fmt.Println(sb.String())
	}
	fmt.Println("loop length:", len(dist))
	fmt.Println("farthest:", far)
}
