package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1`

type Monkey struct {
	Items           []int
	Op              func(int) int
	Div             int
	IfTrue, IfFalse int
	Inspected       int
}

func parseOp(expr string) func(int) int {
	f := strings.Fields(expr)
	operand := f[2]
	return func(old int) int {
		v := old
		if operand != "old" {
			v, _ = strconv.Atoi(operand)
		}
		if f[1] == "*" {
			return old * v
		}
		return old + v
	}
}

func parse() []*Monkey {
	var ms []*Monkey
	for _, block := range strings.Split(input, "\n\n") {
		lines := strings.Split(block, "\n")
		m := &Monkey{}
		items := strings.TrimPrefix(strings.TrimSpace(lines[1]), "Starting items: ")
		for _, it := range strings.Split(items, ", ") {
			n, _ := strconv.Atoi(it)
			m.Items = append(m.Items, n)
		}
		m.Op = parseOp(strings.TrimPrefix(strings.TrimSpace(lines[2]), "Operation: new = "))
		fmt.Sscanf(strings.TrimSpace(lines[3]), "Test: divisible by %d", &m.Div)
		fmt.Sscanf(strings.TrimSpace(lines[4]), "If true: throw to monkey %d", &m.IfTrue)
		fmt.Sscanf(strings.TrimSpace(lines[5]), "If false: throw to monkey %d", &m.IfFalse)
		ms = append(ms, m)
	}
	return ms
}

func play(rounds int, relief bool) int {
	ms := parse()
	mod := 1
	for _, m := range ms {
		mod *= m.Div
	}
	for r := 0; r < rounds; r++ {
		for _, m := range ms {
			for _, w := range m.Items {
				m.Inspected++
				w = m.Op(w)
				if relief {
					w /= 3
				} else {
					w %= mod
				}
				target := m.IfFalse
				if w%m.Div == 0 {
					target = m.IfTrue
				}
				ms[target].Items = append(ms[target].Items, w)
			}
			m.Items = m.Items[:0]
		}
	}
	counts := make([]int, len(ms))
	for i, m := range ms {
		counts[i] = m.Inspected
	}
	fmt.Println("inspections:", counts)
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	return counts[0] * counts[1]
}

func main() {
	fmt.Println("Part 1:", play(20, true))
	fmt.Println("Part 2:", play(10000, false))
}
