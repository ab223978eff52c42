package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Life map[Point]struct{}

func Parse(rows ...string) Life {
	l := Life{}
	for y, row := range rows {
		for x, ch := range row {
			if ch == '#' {
				l[Point{x, y}] = struct{}{}
			}
		}
	}
	return l
}

func (l Life) Step() Life {
	counts := map[Point]int{}
	for p := range l {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[Point{p.X + dx, p.Y + dy}]++
				}
			}
		}
	}
	next := Life{}
	for p, n := range counts {
		_, alive := l[p]
		if n == 3 || n == 2 && alive {
			next[p] = struct{}{}
		}
	}
	return next
}

func (l Life) Bounds() (min, max Point) {
	first := true
	for p := range l {
		if first {
			min, max, first = p, p, false
			continue
		}
		if p.X < min.X {
			min.X = p.X
		}
		if p.Y < min.Y {
			min.Y = p.Y
		}
		if p.X > max.X {
			max.X = p.X
		}
		if p.Y > max.Y {
			max.Y = p.Y
		}
	}
	return
}

func (l Life) String() string {
	min, max := l.Bounds()
	var b strings.Builder
	for y := min.Y; y <= max.Y; y++ {
		for x := min.X; x <= max.X; x++ {
			if _, ok := l[Point{x, y}]; ok {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (l Life) Key() string {
	pts := make([]Point, 0, len(l))
	min, _ := l.Bounds()
	for p := range l {
		pts = append(pts, Point{p.X - min.X, p.Y - min.Y})
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].Y != pts[j].Y {
			return pts[i].Y < pts[j].Y
		}
		return pts[i].X < pts[j].X
	})
	return fmt.Sprint(pts)
}

func main() {
	patterns := map[string]Life{
		"blinker": Parse("###"),
		"toad":    Parse(".###", "###."),
		"glider":  Parse(".#.", "..#", "###"),
		"rpent":   Parse(".##", "##.", ".#."),
	}
	names := []string{"blinker", "toad", "glider", "rpent"}
	for _, name := range names {
		l := patterns[name]
		seen := map[string]int{l.Key(): 0}
		fmt.Printf("%s:\n%v", name, l)
		for gen := 1; gen <= 60; gen++ {
			l = l.Step()
			if prev, ok := seen[l.Key()]; ok {
				min, _ := l.Bounds()
				fmt.Printf("  repeats shape of gen %d at gen %d (period %d), offset %v\n", prev, gen, gen-prev, min)
				break
			}
			seen[l.Key()] = gen
			if gen == 60 {
				fmt.Printf("  after 60 generations: %d cells\n", len(l))
			}
		}
	}
}
