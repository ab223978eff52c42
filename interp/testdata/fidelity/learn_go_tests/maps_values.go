package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Grid [3][3]rune

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "\n"
	}
	return s
}

func (g *Grid) Set(p Point, r rune) { g[p.Y][p.X] = r }

func winner(g Grid) rune {
	lines := [][3]Point{
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{2, 0}, {1, 1}, {0, 2}},
	}
	for _, l := range lines {
		a, b, c := g[l[0].Y][l[0].X], g[l[1].Y][l[1].X], g[l[2].Y][l[2].X]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return 0
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {1, 1}}
	for _, p := range path {
		visits[p]++
	}
	pts := make([]Point, 0, len(visits))
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	for _, p := range pts {
		fmt.Printf("%v:%d ", p, visits[p])
	}
	fmt.Println()
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})

	var g Grid
	for y := range g {
		for x := range g[y] {
			g[y][x] = '.'
		}
	}
	moves := []Point{{1, 1}, {0, 0}, {2, 0}, {0, 2}, {0, 1}, {2, 2}, {2, 1}}
	for i, m := range moves {
		r := 'X'
		if i%2 == 1 {
			r = 'O'
		}
		g.Set(m, r)
		if w := winner(g); w != 0 {
			fmt.Printf("%c wins after %d moves\n", w, i+1)
			break
		}
	}
	fmt.Print(g)
	copyG := g
	copyG.Set(Point{1, 0}, 'Z')
	fmt.Println(string(g[0][:]), string(copyG[0][:]))

	type inventory map[string][]int
	inv := inventory{"apples": {1, 2}}
	inv["apples"] = append(inv["apples"], 3)
	inv["pears"] = append(inv["pears"], 9)
	s := inv["apples"]
	s[0] = 100
	fmt.Println(inv["apples"], inv["pears"], len(inv))
	delete(inv, "nothing")
	m2 := map[string]Point{"a": {1, 1}}
	p := m2["a"]
	p.X = 50
	fmt.Println(m2["a"], p)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
}
