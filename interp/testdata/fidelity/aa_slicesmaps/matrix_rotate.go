package main

import (
	"fmt"
	"slices"
	"strings"
)

type Grid [][]rune

func Parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []rune(line))
	}
	return g
}

func (g Grid) String() string {
	lines := make([]string, len(g))
	for i, r := range g {
		lines[i] = string(r)
	}
	return strings.Join(lines, "\n")
}

func (g Grid) RotateCW() Grid {
	h, w := len(g), len(g[0])
	out := make(Grid, w)
	for i := range out {
		out[i] = make([]rune, h)
		for j := range out[i] {
			out[i][j] = g[h-1-j][i]
		}
	}
	return out
}

func (g Grid) FlipH() Grid {
	out := make(Grid, len(g))
	for i, row := range g {
		out[i] = slices.Clone(row)
		slices.Reverse(out[i])
	}
	return out
}

func (g Grid) Equal(o Grid) bool {
	return slices.EqualFunc(g, o, func(a, b []rune) bool { return slices.Equal(a, b) })
}

func (g Grid) Variants() []Grid {
	var vs []Grid
	cur := g
	for range 4 {
		for _, v := range []Grid{cur, cur.FlipH()} {
			if !slices.ContainsFunc(vs, v.Equal) {
				vs = append(vs, v)
			}
		}
		cur = cur.RotateCW()
	}
	return vs
}

const tile = `
#..
##.
.#.`

func main() {
	g := Parse(tile)
	fmt.Println(g)
	fmt.Println("--")
	fmt.Println(g.RotateCW())
	fmt.Println("--")
	vs := g.Variants()
	fmt.Println("distinct variants:", len(vs))
	sq := Parse("ab\nba")
	fmt.Println("symmetric variants:", len(sq.Variants()))
	keys := make([]string, len(vs))
	for i, v := range vs {
		keys[i] = strings.ReplaceAll(v.String(), "\n", "/")
	}
	slices.Sort(keys)
	fmt.Println(strings.Join(keys, " "))
	fmt.Println(g.Equal(g.RotateCW().RotateCW().RotateCW().RotateCW()))
}
