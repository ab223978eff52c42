package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Monkey struct {
	Items    []int
	Op       func(int) int
	Div      int
	IfTrue   int
	IfFalse  int
	Inspects int
}

const notes = `Monkey 0:
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

func lastInt(s string) int {
	f := strings.Fields(s)
	n, _ := strconv.Atoi(f[len(f)-1])
	return n
}

func parse(s string) []*Monkey {
	var ms []*Monkey
	for _, block := range strings.Split(s, "\n\n") {
		lines := strings.Split(block, "\n")
		m := &Monkey{}
		_, items, _ := strings.Cut(lines[1], ": ")
		for _, it := range strings.Split(items, ", ") {
			n, _ := strconv.Atoi(it)
			m.Items = append(m.Items, n)
		}
		f := strings.Fields(lines[2])
		op, arg := f[len(f)-2], f[len(f)-1]
		switch {
		case arg == "old":
			m.Op = func(x int) int { return x * x }
		case op == "*":
			n, _ := strconv.Atoi(arg)
			m.Op = func(x int) int { return x * n }
		default:
			n, _ := strconv.Atoi(arg)
			m.Op = func(x int) int { return x + n }
		}
		m.Div, m.IfTrue, m.IfFalse = lastInt(lines[3]), lastInt(lines[4]), lastInt(lines[5])
		ms = append(ms, m)
	}
	return ms
}

func play(rounds int, relief bool) (int, []int) {
	ms := parse(notes)
	mod := 1
	for _, m := range ms {
		mod *= m.Div
	}
	for range rounds {
		for _, m := range ms {
			for _, w := range m.Items {
				m.Inspects++
				w = m.Op(w)
				if relief {
					w /= 3
				} else {
					w %= mod
				}
				to := m.IfFalse
				if w%m.Div == 0 {
					to = m.IfTrue
				}
				ms[to].Items = append(ms[to].Items, w)
			}
			m.Items = m.Items[:0]
		}
	}
	counts := make([]int, len(ms))
	for i, m := range ms {
		counts[i] = m.Inspects
	}
	sorted := slices.Sorted(slices.Values(counts))
	return sorted[len(sorted)-1] * sorted[len(sorted)-2], counts
}

func main() {
	p1, c1 := play(20, true)
	fmt.Println("part 1:", p1, c1)
	p2, c2 := play(10000, false)
	fmt.Println("part 2:", p2, c2)
}
