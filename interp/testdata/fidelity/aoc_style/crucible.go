package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const city = `2413432311323
3215453535623
3255245654254
3446585845452
4546657867536
1438598798454
4457876987766
3637877979653
4654967986887
4564679986453
1224686865563
2546548887735
4322674655533`

type state struct {
	r, c, dir, run int
}

type item struct {
	st   state
	cost int
}

type pq []item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].cost < q[j].cost }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(item)) }
func (q *pq) Pop() any          { old := *q; it := old[len(old)-1]; *q = old[:len(old)-1]; return it }

var dr = [4]int{0, 1, 0, -1}
var dc = [4]int{1, 0, -1, 0}

func solve(grid [][]int, minRun, maxRun int) int {
	h, w := len(grid), len(grid[0])
	dist := map[state]int{}
	q := &pq{}
	for _, d := range []int{0, 1} {
		s := state{0, 0, d, 0}
		dist[s] = 0
		heap.Push(q, item{s, 0})
	}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		s := cur.st
		if cur.cost > dist[s] {
			continue
		}
		if s.r == h-1 && s.c == w-1 && s.run >= minRun {
			return cur.cost
		}
		for nd := 0; nd < 4; nd++ {
			if nd == (s.dir+2)%4 {
				continue
			}
			run := 1
			if nd == s.dir {
				run = s.run + 1
			} else if s.run < minRun && !(s.r == 0 && s.c == 0) {
				continue
			}
			if run > maxRun {
				continue
			}
			nr, nc := s.r+dr[nd], s.c+dc[nd]
			if nr < 0 || nr >= h || nc < 0 || nc >= w {
				continue
			}
			ns := state{nr, nc, nd, run}
			cost := cur.cost + grid[nr][nc]
			if old, ok := dist[ns]; !ok || cost < old {
				dist[ns] = cost
				heap.Push(q, item{ns, cost})
			}
		}
	}
	return -1
}

func main() {
	var grid [][]int
	for _, line := range strings.Split(city, "\n") {
		row := make([]int, len(line))
		for i, ch := range line {
			row[i] = int(ch - '0')
		}
		grid = append(grid, row)
	}
	fmt.Printf("grid %dx%d\n", len(grid), len(grid[0]))
	fmt.Println("crucible:      ", solve(grid, 0, 3))
	fmt.Println("ultra crucible:", solve(grid, 4, 10))
}
