package main

import (
	"fmt"
	"strings"
)

const vault = `#################
#i.G..c...e..H.p#
########.########
#j.A..b...f..D.o#
########@########
#k.E..a...g..B.n#
########.########
#l.F..d...h..C.m#
#################`

type Pos [2]int

type State struct {
	At   Pos
	Keys uint32
}

func bfs(grid []string, start Pos, allKeys uint32) int {
	dist := map[State]int{{start, 0}: 0}
	queue := []State{{start, 0}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur.Keys == allKeys {
			return dist[cur]
		}
		for _, d := range [4]Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			np := Pos{cur.At[0] + d[0], cur.At[1] + d[1]}
			ch := grid[np[0]][np[1]]
			if ch == '#' {
				continue
			}
			keys := cur.Keys
			switch {
			case ch >= 'A' && ch <= 'Z':
				if keys&(1<<(ch-'A')) == 0 {
					continue
				}
			case ch >= 'a' && ch <= 'z':
				keys |= 1 << (ch - 'a')
			}
			ns := State{np, keys}
			if _, seen := dist[ns]; seen {
				continue
			}
			dist[ns] = dist[cur] + 1
			queue = append(queue, ns)
		}
	}
	return -1
}

func main() {
	grid := strings.Split(vault, "\n")
	var start Pos
	var all uint32
	var names []byte
	for r, row := range grid {
		for c := 0; c < len(row); c++ {
			switch ch := row[c]; {
			case ch == '@':
				start = Pos{r, c}
			case ch >= 'a' && ch <= 'z':
				all |= 1 << (ch - 'a')
				names = append(names, ch)
			}
		}
	}
	fmt.Printf("start %v, %d keys: %s, mask %#x\n", start, len(names), names, all)
	small := []string{
		"#########",
		"#b.A.@.a#",
		"#########",
	}
	fmt.Println("small:", bfs(small, Pos{1, 5}, 0b11))
	fmt.Println("vault:", bfs(grid, start, all))
	a := State{Pos{1, 2}, 3}
	b := a
	b.At[0] = 9
	fmt.Println(a, b, a == b, a == State{Pos{1, 2}, 3})
}
