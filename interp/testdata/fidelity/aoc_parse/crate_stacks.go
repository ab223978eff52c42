// Supply stacks (AoC 2022 day 5 style): a fixed-width drawing parsed by
// column, then moves parsed with Sscanf.
package main

import (
	"fmt"
	"strings"
)

const input = `    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

type Move struct{ N, From, To int }

type Stacks [][]byte

func (s Stacks) Clone() Stacks {
	c := make(Stacks, len(s))
	for i := range s {
		c[i] = append([]byte(nil), s[i]...)
	}
	return c
}

func (s Stacks) Tops() string {
	var b strings.Builder
	for _, st := range s {
		if len(st) > 0 {
			b.WriteByte(st[len(st)-1])
		}
	}
	return b.String()
}

func parse(in string) (Stacks, []Move) {
	drawing, moves, _ := strings.Cut(in, "\n\n")
	lines := strings.Split(drawing, "\n")
	n := len(strings.Fields(lines[len(lines)-1]))
	stacks := make(Stacks, n)
	for i := len(lines) - 2; i >= 0; i-- {
		for j := 0; j < n; j++ {
			pos := 1 + 4*j
			if pos < len(lines[i]) && lines[i][pos] != ' ' {
				stacks[j] = append(stacks[j], lines[i][pos])
			}
		}
	}
	var ms []Move
	for _, l := range strings.Split(moves, "\n") {
		var m Move
		if _, err := fmt.Sscanf(l, "move %d from %d to %d", &m.N, &m.From, &m.To); err != nil {
			panic(err)
		}
		ms = append(ms, m)
	}
	return stacks, ms
}

func apply(s Stacks, ms []Move, keepOrder bool) Stacks {
	for _, m := range ms {
		from, to := &s[m.From-1], &s[m.To-1]
		k := len(*from) - m.N
		moved := (*from)[k:]
		if !keepOrder {
			moved = append([]byte(nil), moved...)
			for i, j := 0, len(moved)-1; i < j; i, j = i+1, j-1 {
				moved[i], moved[j] = moved[j], moved[i]
			}
		}
		*to = append(*to, moved...)
		*from = (*from)[:k]
	}
	return s
}

func main() {
	stacks, moves := parse(input)
	for i, st := range stacks {
		fmt.Printf("%d: %s\n", i+1, st)
	}
	fmt.Printf("%d moves, first %+v\n", len(moves), moves[0])

	p1 := apply(stacks.Clone(), moves, false)
	p2 := apply(stacks.Clone(), moves, true)
	fmt.Println("part 1:", p1.Tops())
	fmt.Println("part 2:", p2.Tops())
	fmt.Printf("%q\n", p1)
	fmt.Println("original untouched:", stacks.Tops())
}
