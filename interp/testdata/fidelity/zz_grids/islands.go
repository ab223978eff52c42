package main

import (
	"fmt"
	"sort"
	"strings"
)

const mapText = `
~~~##~~~~#
~~###~~~##
~~~#~~~~~~
#~~~~###~~
##~~~#~#~~
~~~~~###~#`

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = [4]Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

type Grid [][]byte

func (g Grid) In(p Point) bool { return p.R >= 0 && p.R < len(g) && p.C >= 0 && p.C < len(g[0]) }
func (g Grid) At(p Point) byte { return g[p.R][p.C] }

func (g Grid) fill(start Point, label byte) (area, perim int) {
	stack := []Point{start}
	g[start.R][start.C] = label
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		area++
		for _, d := range dirs {
			q := p.Add(d)
			switch {
			case !g.In(q) || g.At(q) == '~':
				perim++
			case g.At(q) == '#':
				g[q.R][q.C] = label
				stack = append(stack, q)
			}
		}
	}
	return
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Island struct {
	Label       byte
	Area, Perim int
	Origin      Point
}

func main() {
	var g Grid
	for _, l := range strings.Split(strings.TrimSpace(mapText), "\n") {
		g = append(g, []byte(l))
	}
	var islands []Island
	label := byte('a')
	for r := range g {
		for c := range g[r] {
			if g[r][c] == '#' {
				a, p := g.fill(Point{r, c}, label)
				islands = append(islands, Island{label, a, p, Point{r, c}})
				label++
			}
		}
	}
	fmt.Print(g)
	sort.SliceStable(islands, func(i, j int) bool { return islands[i].Area > islands[j].Area })
	for _, is := range islands {
		fmt.Printf("%c area=%2d perim=%2d at %+v\n", is.Label, is.Area, is.Perim, is.Origin)
	}
	fmt.Println(len(islands), islands[0])
}
