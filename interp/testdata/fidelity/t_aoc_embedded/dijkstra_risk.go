package main

import (
	"container/heap"
	"fmt"
	"strings"
)

var raw = `1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`

type state struct {
	r, c, cost int
}

type pq []state

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].cost < q[j].cost }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(state)) }
func (q *pq) Pop() any          { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

func load(s string) [][]int {
	var g [][]int
	for _, line := range strings.Fields(s) {
		row := make([]int, len(line))
		for i, ch := range line {
			row[i] = int(ch - '0')
		}
		g = append(g, row)
	}
	return g
}

func expand(g [][]int, k int) [][]int {
	h, w := len(g), len(g[0])
	out := make([][]int, h*k)
	for r := range out {
		out[r] = make([]int, w*k)
		for c := range out[r] {
			v := g[r%h][c%w] + r/h + c/w
			out[r][c] = (v-1)%9 + 1
		}
	}
	return out
}

func lowest(g [][]int) int {
	h, w := len(g), len(g[0])
	best := make([][]int, h)
	for i := range best {
		best[i] = make([]int, w)
		for j := range best[i] {
			best[i][j] = 1 << 30
		}
	}
	best[0][0] = 0
	q := &pq{{0, 0, 0}}
	for q.Len() > 0 {
		s := heap.Pop(q).(state)
		if s.r == h-1 && s.c == w-1 {
			return s.cost
		}
		if s.cost > best[s.r][s.c] {
			continue
		}
		for _, d := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			nr, nc := s.r+d[0], s.c+d[1]
			if nr < 0 || nc < 0 || nr >= h || nc >= w {
				continue
			}
			nc2 := s.cost + g[nr][nc]
			if nc2 < best[nr][nc] {
				best[nr][nc] = nc2
				heap.Push(q, state{nr, nc, nc2})
			}
		}
	}
	return -1
}

func main() {
	g := load(raw)
	fmt.Println("part1:", lowest(g))
	big := expand(g, 5)
	fmt.Println("big size:", len(big), len(big[0]))
	fmt.Println("corner:", big[len(big)-1][len(big[0])-5:])
	fmt.Println("part2:", lowest(big))
}
