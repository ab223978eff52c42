package main

import (
	"fmt"
	"slices"
	"strings"
)

const puzzle = `    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

type Stacks [][]byte

func (s Stacks) Tops() string {
	var b strings.Builder
	for _, st := range s {
		if len(st) > 0 {
			b.WriteByte(st[len(st)-1])
		}
	}
	return b.String()
}

func (s Stacks) Clone() Stacks {
	out := make(Stacks, len(s))
	for i := range s {
		out[i] = slices.Clone(s[i])
	}
	return out
}

type move struct{ n, from, to int }

func parse(in string) (Stacks, []move) {
	drawing, proc, _ := strings.Cut(in, "\n\n")
	lines := strings.Split(drawing, "\n")
	labels := strings.Fields(lines[len(lines)-1])
	st := make(Stacks, len(labels))
	for i := len(lines) - 2; i >= 0; i-- {
		line := lines[i]
		for j := range st {
			pos := 1 + 4*j
			if pos < len(line) && line[pos] != ' ' {
				st[j] = append(st[j], line[pos])
			}
		}
	}
	var ms []move
	for _, l := range strings.Split(proc, "\n") {
		var m move
		fmt.Sscanf(l, "move %d from %d to %d", &m.n, &m.from, &m.to)
		ms = append(ms, m)
	}
	return st, ms
}

func run(st Stacks, ms []move, keepOrder bool) Stacks {
	for _, m := range ms {
		src := st[m.from-1]
		chunk := slices.Clone(src[len(src)-m.n:])
		st[m.from-1] = src[:len(src)-m.n]
		if !keepOrder {
			slices.Reverse(chunk)
		}
		st[m.to-1] = append(st[m.to-1], chunk...)
	}
	return st
}

func main() {
	st, ms := parse(puzzle)
	fmt.Printf("%d stacks, %d moves\n", len(st), len(ms))
	for i, s := range st {
		fmt.Printf("stack %d: %s\n", i+1, s)
	}
	fmt.Printf("moves: %+v\n", ms)
	p1 := run(st.Clone(), ms, false)
	p2 := run(st.Clone(), ms, true)
	fmt.Println("part1:", p1.Tops())
	fmt.Println("part2:", p2.Tops())
	fmt.Printf("%q\n", p1)
}
