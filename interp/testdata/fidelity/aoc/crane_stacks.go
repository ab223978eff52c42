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

type Stack []byte

func (s *Stack) Push(b ...byte) { *s = append(*s, b...) }

func (s *Stack) PopN(n int) []byte {
	old := *s
	top := make([]byte, n)
	copy(top, old[len(old)-n:])
	*s = old[:len(old)-n]
	return top
}

func parseStacks(drawing string) []Stack {
	lines := strings.Split(drawing, "\n")
	labels := strings.Fields(lines[len(lines)-1])
	stacks := make([]Stack, len(labels))
	for i := len(lines) - 2; i >= 0; i-- {
		line := lines[i]
		for j := range stacks {
			pos := 1 + 4*j
			if pos < len(line) && line[pos] != ' ' {
				stacks[j].Push(line[pos])
			}
		}
	}
	return stacks
}

func tops(stacks []Stack) string {
	var sb strings.Builder
	for _, s := range stacks {
		if len(s) > 0 {
			sb.WriteByte(s[len(s)-1])
		}
	}
	return sb.String()
}

func run(keepOrder bool) string {
	parts := strings.SplitN(input, "\n\n", 2)
	stacks := parseStacks(parts[0])
	for _, line := range strings.Split(parts[1], "\n") {
		var n, from, to int
		if _, err := fmt.Sscanf(line, "move %d from %d to %d", &n, &from, &to); err != nil {
			panic(err)
		}
		crates := stacks[from-1].PopN(n)
		if !keepOrder {
			for i, j := 0, len(crates)-1; i < j; i, j = i+1, j-1 {
				crates[i], crates[j] = crates[j], crates[i]
			}
		}
		stacks[to-1].Push(crates...)
	}
	for i, s := range stacks {
		fmt.Printf("  stack %d: %s\n", i+1, string(s))
	}
	return tops(stacks)
}

func main() {
	fmt.Println("Part 1:", run(false))
	fmt.Println("Part 2:", run(true))
}
