package main

import (
	"errors"
	"fmt"
	"strings"
)

const maze = `##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########`

type P struct{ X, Y int }

var ErrNoPath = errors.New("no path")

type Maze struct {
	cells      []string
	start, end P
}

func load(s string) Maze {
	m := Maze{cells: strings.Split(s, "\n")}
	for y, row := range m.cells {
		if x := strings.IndexByte(row, 'S'); x >= 0 {
			m.start = P{x, y}
		}
		if x := strings.IndexByte(row, 'E'); x >= 0 {
			m.end = P{x, y}
		}
	}
	return m
}

func (m Maze) open(p P) bool {
	return p.Y >= 0 && p.Y < len(m.cells) && p.X >= 0 && p.X < len(m.cells[p.Y]) && m.cells[p.Y][p.X] != '#'
}

func (m Maze) solve() ([]P, error) {
	prev := map[P]P{}
	seen := map[P]bool{m.start: true}
	q := []P{m.start}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == m.end {
			path := []P{cur}
			for cur != m.start {
				cur = prev[cur]
				path = append(path, cur)
			}
			return path, nil
		}
		for _, d := range []P{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
			n := P{cur.X + d.X, cur.Y + d.Y}
			if m.open(n) && !seen[n] {
				seen[n] = true
				prev[n] = cur
				q = append(q, n)
			}
		}
	}
	return nil, fmt.Errorf("from %v to %v: %w", m.start, m.end, ErrNoPath)
}

func (m Maze) draw(path []P) string {
	rows := make([][]rune, len(m.cells))
	for i, r := range m.cells {
		rows[i] = []rune(r)
	}
	for _, p := range path[1 : len(path)-1] {
		rows[p.Y][p.X] = '·'
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = string(r)
	}
	return strings.Join(out, "\n")
}

func main() {
	m := load(maze)
	fmt.Println("start", m.start, "end", m.end)
	path, err := m.solve()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("steps:", len(path)-1)
	fmt.Println(m.draw(path))
	blocked := load(strings.Replace(maze, "#.###...E#", "#.###..#E#", 1))
	blocked.cells[7] = "#.....#.##"
	_, err = blocked.solve()
	fmt.Println(err, errors.Is(err, ErrNoPath))
}
