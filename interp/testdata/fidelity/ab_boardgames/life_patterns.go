package main

import (
	"fmt"
	"hash/fnv"
	"strings"
)

type Grid struct {
	w, h  int
	cells []bool
	wrap  bool
}

func Parse(art string, wrap bool) *Grid {
	rows := strings.Split(strings.Trim(art, "\n"), "\n")
	g := &Grid{w: len(rows[0]), h: len(rows), wrap: wrap}
	g.cells = make([]bool, g.w*g.h)
	for y, r := range rows {
		for x, c := range r {
			g.cells[y*g.w+x] = c == '#'
		}
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	if g.wrap {
		x, y = (x+g.w)%g.w, (y+g.h)%g.h
	} else if x < 0 || y < 0 || x >= g.w || y >= g.h {
		return false
	}
	return g.cells[y*g.w+x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

type Rule struct {
	Born, Survive [9]bool
	Name          string
}

func ParseRule(s string) Rule {
	r := Rule{Name: s}
	b, sv, _ := strings.Cut(s, "/")
	for _, c := range strings.TrimPrefix(b, "B") {
		r.Born[c-'0'] = true
	}
	for _, c := range strings.TrimPrefix(sv, "S") {
		r.Survive[c-'0'] = true
	}
	return r
}

func (g *Grid) Step(r Rule) *Grid {
	ng := &Grid{w: g.w, h: g.h, wrap: g.wrap, cells: make([]bool, len(g.cells))}
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			ng.cells[y*g.w+x] = r.Born[n] && !g.Alive(x, y) || r.Survive[n] && g.Alive(x, y)
		}
	}
	return ng
}

func (g *Grid) Hash() uint64 {
	h := fnv.New64a()
	for _, c := range g.cells {
		if c {
			h.Write([]byte{1})
		} else {
			h.Write([]byte{0})
		}
	}
	return h.Sum64()
}

func (g *Grid) Population() (n int) {
	for _, c := range g.cells {
		if c {
			n++
		}
	}
	return
}

func (g *Grid) String() string {
	var b strings.Builder
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			if g.cells[y*g.w+x] {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Run steps until the pattern repeats; it reports when and with which period.
func Run(g *Grid, r Rule, limit int) (gen, period int, last *Grid) {
	seen := map[uint64]int{g.Hash(): 0}
	for gen = 1; gen <= limit; gen++ {
		g = g.Step(r)
		h := g.Hash()
		if first, ok := seen[h]; ok {
			return gen, gen - first, g
		}
		seen[h] = gen
	}
	return limit, 0, g
}

func main() {
	life := ParseRule("B3/S23")
	highlife := ParseRule("B36/S23")
	patterns := []struct {
		name string
		art  string
		wrap bool
	}{
		{"blinker", "\n.....\n..#..\n..#..\n..#..\n.....\n", false},
		{"toad", "\n......\n......\n..###.\n.###..\n......\n......\n", false},
		{"glider-torus", "\n.#......\n..#.....\n###.....\n........\n........\n........\n", true},
		{"block", "\n....\n.##.\n.##.\n....\n", false},
		{"diehard", "\n..........\n......#...\n#.#.......\n.#...###..\n..........\n", false},
	}
	for _, p := range patterns {
		g := Parse(p.art, p.wrap)
		for _, r := range []Rule{life, highlife} {
			gen, period, last := Run(g, r, 60)
			fmt.Printf("%-13s %-8s pop %2d -> gen %2d period %2d pop %2d\n", p.name, r.Name, g.Population(), gen, period, last.Population())
		}
	}
	g := Parse(patterns[2].art, true)
	for i := 0; i < 4; i++ {
		g = g.Step(life)
	}
	fmt.Print(g)
	fmt.Printf("%v|%t\n", life.Born, highlife.Born[6])
}
