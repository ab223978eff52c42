package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

var dirs = []Point{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}

type Maze struct {
	cells      [][]byte
	start, end Point
}

func NewMaze(s string) *Maze {
	m := &Maze{}
	for y, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for x, c := range row {
			switch c {
			case 'S':
				m.start = Point{x, y}
			case 'E':
				m.end = Point{x, y}
			}
		}
		m.cells = append(m.cells, row)
	}
	return m
}

func (m *Maze) open(p Point) bool {
	return p.Y >= 0 && p.Y < len(m.cells) && p.X >= 0 && p.X < len(m.cells[p.Y]) && m.cells[p.Y][p.X] != '#'
}

func (m *Maze) BFS() []Point {
	prev := map[Point]Point{}
	queue := []Point{m.start}
	seen := map[Point]bool{m.start: true}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == m.end {
			var path []Point
			for p := cur; p != m.start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, m.start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if m.open(n) && !seen[n] {
				seen[n] = true
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func (m *Maze) Render(path []Point) string {
	on := make(map[Point]bool, len(path))
	for _, p := range path {
		on[p] = true
	}
	var sb strings.Builder
	for y, row := range m.cells {
		for x, c := range row {
			if on[Point{x, y}] && c == '.' {
				c = '*'
			}
			sb.WriteByte(c)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	m := NewMaze(`
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###...##.#
#...#....#
##########`)
	path := m.BFS()
	fmt.Println("steps:", len(path)-1)
	fmt.Print(m.Render(path))
	fmt.Println(path[:3], m.start, m.end)
	m.cells[6][8] = '#'
	m.cells[4][8] = '#'
	fmt.Println("blocked:", m.BFS() == nil)
}
