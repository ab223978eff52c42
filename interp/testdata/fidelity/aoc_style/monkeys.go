package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

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

type Monkey struct {
	Items       []int
	Op          func(int) int
	Div         int
	True, False int
	Inspected   int
}

func lastInt(s string) int {
	f := strings.Fields(s)
	n, err := strconv.Atoi(f[len(f)-1])
	if err != nil {
		panic(err)
	}
	return n
}

func parse() []*Monkey {
	var ms []*Monkey
	for _, block := range strings.Split(notes, "\n\n") {
		lines := strings.Split(block, "\n")
		m := &Monkey{}
		_, items, _ := strings.Cut(lines[1], ": ")
		for _, it := range strings.Split(items, ", ") {
			n, _ := strconv.Atoi(it)
			m.Items = append(m.Items, n)
		}
		expr := strings.Fields(strings.TrimPrefix(strings.TrimSpace(lines[2]), "Operation: new = "))
		op, arg := expr[1], expr[2]
		switch {
		case arg == "old":
			m.Op = func(o int) int { return o * o }
		case op == "*":
			v, _ := strconv.Atoi(arg)
			m.Op = func(o int) int { return o * v }
		default:
			v, _ := strconv.Atoi(arg)
			m.Op = func(o int) int { return o + v }
		}
		m.Div, m.True, m.False = lastInt(lines[3]), lastInt(lines[4]), lastInt(lines[5])
		ms = append(ms, m)
	}
	return ms
}

func business(rounds int, relief bool) int {
	ms := parse()
	mod := 1
	for _, m := range ms {
		mod *= m.Div
	}
	for r := 1; r <= rounds; r++ {
		for _, m := range ms {
			for _, w := range m.Items {
				m.Inspected++
				w = m.Op(w)
				if relief {
					w /= 3
				} else {
					w %= mod
				}
				to := m.False
				if w%m.Div == 0 {
					to = m.True
				}
				ms[to].Items = append(ms[to].Items, w)
			}
			m.Items = m.Items[:0]
		}
		if r == 1 || r == 20 || r%5000 == 0 {
			counts := make([]string, len(ms))
			for i, m := range ms {
				counts[i] = strconv.Itoa(m.Inspected)
			}
			fmt.Printf("  after round %d: %s\n", r, strings.Join(counts, " "))
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Inspected > ms[j].Inspected })
	return ms[0].Inspected * ms[1].Inspected
}

func main() {
	fmt.Println("monkey business (20 rounds, relief):", business(20, true))
	fmt.Println("monkey business (10000 rounds):", business(10000, false))
}
