package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = []Point{{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}}

type Field struct {
	rows, cols int
	mines      map[Point]struct{}
}

func ParseField(s string) *Field {
	f := &Field{mines: make(map[Point]struct{})}
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		f.rows++
		f.cols = max(f.cols, len(line))
		for c, ch := range line {
			if ch == '*' {
				f.mines[Point{r, c}] = struct{}{}
			}
		}
	}
	return f
}

func (f *Field) in(p Point) bool { return p.R >= 0 && p.R < f.rows && p.C >= 0 && p.C < f.cols }

func (f *Field) Count(p Point) int {
	n := 0
	for _, d := range dirs {
		if _, ok := f.mines[p.Add(d)]; ok {
			n++
		}
	}
	return n
}

func (f *Field) Annotate() []string {
	out := make([]string, f.rows)
	for r := range f.rows {
		var b []byte
		for c := range f.cols {
			p := Point{r, c}
			if _, ok := f.mines[p]; ok {
				b = append(b, '*')
			} else if n := f.Count(p); n > 0 {
				b = append(b, byte('0'+n))
			} else {
				b = append(b, '.')
			}
		}
		out[r] = string(b)
	}
	return out
}

// Reveal flood-fills from p, returning number of revealed cells.
func (f *Field) Reveal(p Point) int {
	seen := map[Point]bool{}
	queue := []Point{p}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if !f.in(cur) || seen[cur] {
			continue
		}
		if _, ok := f.mines[cur]; ok {
			continue
		}
		seen[cur] = true
		if f.Count(cur) == 0 {
			for _, d := range dirs {
				queue = append(queue, cur.Add(d))
			}
		}
	}
	return len(seen)
}

const layout = `
*.........
....*.....
..........
.......*..
*.........
..........
.....**...
`

func main() {
	f := ParseField(layout)
	fmt.Printf("%dx%d with %d mines\n", f.rows, f.cols, len(f.mines))
	for _, line := range f.Annotate() {
		fmt.Println(line)
	}
	fmt.Println("reveal (2,2):", f.Reveal(Point{2, 2}))
	fmt.Println("reveal (0,9):", f.Reveal(Point{0, 9}))
	fmt.Printf("%v %+v\n", Point{1, 4}, Point{1, 4}.Add(dirs[7]))
	hist := [9]int{}
	for r := range f.rows {
		for c := range f.cols {
			hist[f.Count(Point{r, c})]++
		}
	}
	fmt.Println("histogram:", hist)
}
