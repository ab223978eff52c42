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

type Stacks [][]byte

func (s Stacks) Clone() Stacks {
	out := make(Stacks, len(s))
	for i := range s {
		out[i] = append([]byte(nil), s[i]...)
	}
	return out
}

func (s Stacks) Tops() string {
	var sb strings.Builder
	for _, st := range s {
		if len(st) > 0 {
			sb.WriteByte(st[len(st)-1])
		}
	}
	return sb.String()
}

type Move struct{ N, From, To int }

func parse(in string) (Stacks, []Move) {
	drawing, moves, _ := strings.Cut(in, "\n\n")
	lines := strings.Split(drawing, "\n")
	n := len(strings.Fields(lines[len(lines)-1]))
	st := make(Stacks, n)
	for i := len(lines) - 2; i >= 0; i-- {
		for k := 0; k < n; k++ {
			pos := 1 + 4*k
			if pos < len(lines[i]) && lines[i][pos] != ' ' {
				st[k] = append(st[k], lines[i][pos])
			}
		}
	}
	var ms []Move
	for _, l := range strings.Split(moves, "\n") {
		var m Move
		fmt.Sscanf(l, "move %d from %d to %d", &m.N, &m.From, &m.To)
		m.From--
		m.To--
		ms = append(ms, m)
	}
	return st, ms
}

func run(st Stacks, ms []Move, keepOrder bool) string {
	for _, m := range ms {
		from := st[m.From]
		chunk := from[len(from)-m.N:]
		st[m.From] = from[:len(from)-m.N]
		if keepOrder {
			st[m.To] = append(st[m.To], chunk...)
		} else {
			for i := len(chunk) - 1; i >= 0; i-- {
				st[m.To] = append(st[m.To], chunk[i])
			}
		}
	}
	return st.Tops()
}

func main() {
	st, ms := parse(input)
	fmt.Printf("%d stacks, %d moves, first %+v\n", len(st), len(ms), ms[0])
	for i, s := range st {
		fmt.Printf("%d: %s\n", i+1, s)
	}
	fmt.Println("part 1:", run(st.Clone(), ms, false))
	fmt.Println("part 2:", run(st.Clone(), ms, true))
	fmt.Println("original untouched:", st.Tops())
}
