package main

import (
	"fmt"
	"sort"
	"strings"
)

var input = strings.TrimSpace(`
..##....#.
.###..###.
....#.....
##..#..##.
#...##.##.
..........
.#.#.#.#.#
`)

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func main() {
	grid := strings.Split(input, "\n")
	h, w := len(grid), len(grid[0])
	in := func(p P) bool { return p.R >= 0 && p.R < h && p.C >= 0 && p.C < w }
	seen := map[P]bool{}
	var sizes []int
	var perims []int
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			start := P{r, c}
			if grid[r][c] != '#' || seen[start] {
				continue
			}
			stack := []P{start}
			seen[start] = true
			size, perim := 0, 0
			for len(stack) > 0 {
				cur := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				size++
				for _, d := range dirs {
					n := cur.Add(d)
					if !in(n) || grid[n.R][n.C] != '#' {
						perim++
						continue
					}
					if !seen[n] {
						seen[n] = true
						stack = append(stack, n)
					}
				}
			}
			sizes = append(sizes, size)
			perims = append(perims, perim)
		}
	}
	fmt.Println("regions:", len(sizes))
	fmt.Println("sizes:", sizes)
	fmt.Println("perimeters:", perims)
	sorted := append([]int(nil), sizes...)
	sort.Sort(sort.Reverse(sort.IntSlice(sorted)))
	fmt.Println("top3 product:", sorted[0]*sorted[1]*sorted[2])

	// BFS shortest path over '.' cells from top-left to bottom-right.
	dist := map[P]int{{0, 0}: 0}
	queue := []P{{0, 0}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			n := cur.Add(d)
			if in(n) && grid[n.R][n.C] == '.' {
				if _, ok := dist[n]; !ok {
					dist[n] = dist[cur] + 1
					queue = append(queue, n)
				}
			}
		}
	}
	end := P{h - 1, w - 2}
	if d, ok := dist[end]; ok {
		fmt.Println("shortest:", d)
	} else {
		fmt.Println("unreachable")
	}
	var b strings.Builder
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			if d, ok := dist[P{r, c}]; ok {
				b.WriteByte(byte('0' + d%10))
			} else {
				b.WriteByte(grid[r][c])
			}
		}
		b.WriteByte('\n')
	}
	fmt.Print(b.String())
}
