package main

import (
	"fmt"
	"strings"
)

// Advent-of-Code style: a guard walks forward, turning right at obstacles.
const sample = `....#.....
.........#
..........
..#.......
.......#..
..........
.#..^.....
........#.
#.........
......#...`

type Dir int

const (
	Up Dir = iota
	Right
	Down
	Left
)

func (d Dir) Turn() Dir { return (d + 1) % 4 }
func (d Dir) Delta() (int, int) {
	return [4][2]int{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}[d][0], [4][2]int{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}[d][1]
}
func (d Dir) String() string { return string("^>v<"[d]) }

type State struct {
	X, Y int
	D    Dir
}

type Lab struct {
	grid  [][]byte
	start State
}

func parse(s string) Lab {
	var l Lab
	for y, line := range strings.Split(s, "\n") {
		if x := strings.IndexByte(line, '^'); x >= 0 {
			l.start = State{x, y, Up}
		}
		l.grid = append(l.grid, []byte(line))
	}
	return l
}

func (l Lab) inside(x, y int) bool { return y >= 0 && y < len(l.grid) && x >= 0 && x < len(l.grid[y]) }

// walk returns the visited cells and whether the guard loops.
func (l Lab) walk() (map[[2]int]bool, bool) {
	visited := map[[2]int]bool{}
	states := map[State]bool{}
	s := l.start
	for {
		if states[s] {
			return visited, true
		}
		states[s] = true
		visited[[2]int{s.X, s.Y}] = true
		dx, dy := s.D.Delta()
		nx, ny := s.X+dx, s.Y+dy
		if !l.inside(nx, ny) {
			return visited, false
		}
		if l.grid[ny][nx] == '#' {
			s.D = s.D.Turn()
			continue
		}
		s.X, s.Y = nx, ny
	}
}

func main() {
	lab := parse(sample)
	visited, loops := lab.walk()
	fmt.Println("part 1:", len(visited), loops)
	count := 0
	var first [][2]int
	for y := range lab.grid {
		for x := range lab.grid[y] {
			if lab.grid[y][x] != '.' || !visited[[2]int{x, y}] {
				continue
			}
			lab.grid[y][x] = '#'
			if _, loop := lab.walk(); loop {
				count++
				if len(first) < 3 {
					first = append(first, [2]int{x, y})
				}
			}
			lab.grid[y][x] = '.'
		}
	}
	fmt.Println("part 2:", count, first)
	fmt.Println(lab.start, Up.Turn().Turn(), []Dir{Left, Right})
}
