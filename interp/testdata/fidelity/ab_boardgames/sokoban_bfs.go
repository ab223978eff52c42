package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Pos struct{ R, C int }

func (p Pos) Add(d Pos) Pos { return Pos{p.R + d.R, p.C + d.C} }

type Dir struct {
	Delta Pos
	Name  byte
}

var dirs = []Dir{{Pos{-1, 0}, 'u'}, {Pos{1, 0}, 'd'}, {Pos{0, -1}, 'l'}, {Pos{0, 1}, 'r'}}

type Level struct {
	walls  map[Pos]bool
	goals  []Pos
	player Pos
	boxes  []Pos
	rows   []string
}

type State struct {
	Player Pos
	Boxes  string // sorted box positions, encoded
}

func encode(boxes []Pos) string {
	s := slices.Clone(boxes)
	slices.SortFunc(s, func(a, b Pos) int {
		if a.R != b.R {
			return a.R - b.R
		}
		return a.C - b.C
	})
	var b strings.Builder
	for _, p := range s {
		fmt.Fprintf(&b, "%d,%d;", p.R, p.C)
	}
	return b.String()
}

func decode(s string) []Pos {
	var out []Pos
	for _, part := range strings.Split(strings.TrimSuffix(s, ";"), ";") {
		var p Pos
		fmt.Sscanf(part, "%d,%d", &p.R, &p.C)
		out = append(out, p)
	}
	return out
}

func ParseLevel(s string) (*Level, error) {
	l := &Level{walls: map[Pos]bool{}}
	players := 0
	for r, line := range strings.Split(strings.Trim(s, "\n"), "\n") {
		l.rows = append(l.rows, line)
		for c, ch := range line {
			p := Pos{r, c}
			switch ch {
			case '#':
				l.walls[p] = true
			case '@':
				l.player = p
				players++
			case '$':
				l.boxes = append(l.boxes, p)
			case '.':
				l.goals = append(l.goals, p)
			case '*':
				l.boxes = append(l.boxes, p)
				l.goals = append(l.goals, p)
			}
		}
	}
	if players != 1 {
		return nil, fmt.Errorf("level has %d players", players)
	}
	if len(l.boxes) != len(l.goals) {
		return nil, fmt.Errorf("%d boxes but %d goals", len(l.boxes), len(l.goals))
	}
	return l, nil
}

var ErrUnsolvable = errors.New("no solution")

func (l *Level) solved(boxes []Pos) bool {
	for _, b := range boxes {
		if !slices.Contains(l.goals, b) {
			return false
		}
	}
	return true
}

func (l *Level) Solve(limit int) (string, int, error) {
	start := State{l.player, encode(l.boxes)}
	prev := map[State]State{}
	move := map[State]byte{}
	seen := map[State]bool{start: true}
	queue := []State{start}
	for expanded := 0; len(queue) > 0; expanded++ {
		if expanded > limit {
			return "", expanded, fmt.Errorf("gave up after %d states", limit)
		}
		st := queue[0]
		queue = queue[1:]
		boxes := decode(st.Boxes)
		if l.solved(boxes) {
			var path []byte
			for s := st; s != start; s = prev[s] {
				path = append(path, move[s])
			}
			slices.Reverse(path)
			return string(path), expanded, nil
		}
		for _, d := range dirs {
			np := st.Player.Add(d.Delta)
			if l.walls[np] {
				continue
			}
			nb := slices.Clone(boxes)
			name := d.Name
			if i := slices.Index(nb, np); i >= 0 {
				beyond := np.Add(d.Delta)
				if l.walls[beyond] || slices.Contains(nb, beyond) {
					continue
				}
				nb[i] = beyond
				name -= 'a' - 'A'
			}
			ns := State{np, encode(nb)}
			if !seen[ns] {
				seen[ns] = true
				prev[ns], move[ns] = st, name
				queue = append(queue, ns)
			}
		}
	}
	return "", len(seen), ErrUnsolvable
}

var levels = []string{`
#######
#@ $ .#
#######`, `
######
#    #
# #@ #
# $* #
# .  #
######`, `
#####
#@$.#
#$  #
#.  #
#####`, `
#####
#@$ #
##  #
#.# #
#####`, `
####
#@$#
#..#
####`,
}

func main() {
	for i, src := range levels {
		l, err := ParseLevel(src)
		if err != nil {
			fmt.Printf("level %d: invalid: %v\n", i, err)
			continue
		}
		path, n, err := l.Solve(20000)
		switch {
		case errors.Is(err, ErrUnsolvable):
			fmt.Printf("level %d: unsolvable after %d states\n", i, n)
		case err != nil:
			fmt.Printf("level %d: %v\n", i, err)
		default:
			pushes := strings.Count(path, "U") + strings.Count(path, "D") + strings.Count(path, "L") + strings.Count(path, "R")
			fmt.Printf("level %d: %-20s moves=%d pushes=%d expanded=%d\n", i, path, len(path), pushes, n)
		}
	}
	fmt.Println(decode(encode([]Pos{{3, 1}, {1, 2}, {1, 1}})), State{Pos{1, 2}, "x"})
}
