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
	Items     []int
	Op        func(int) int
	Div       int
	IfT, IfF  int
	Inspected int
}

func lastInt(s string) int {
	f := strings.Fields(s)
	n, err := strconv.Atoi(f[len(f)-1])
	if err != nil {
		panic(err)
	}
	return n
}

func parseOp(expr string) func(int) int {
	f := strings.Fields(expr) // old * 19
	if f[2] == "old" {
		return func(o int) int { return o * o }
	}
	n, _ := strconv.Atoi(f[2])
	if f[1] == "+" {
		return func(o int) int { return o + n }
	}
	return func(o int) int { return o * n }
}

func parse(s string) []*Monkey {
	var ms []*Monkey
	for _, block := range strings.Split(s, "\n\n") {
		lines := strings.Split(block, "\n")
		m := &Monkey{}
		_, items, _ := strings.Cut(lines[1], ": ")
		for _, it := range strings.Split(items, ", ") {
			v, _ := strconv.Atoi(it)
			m.Items = append(m.Items, v)
		}
		_, expr, _ := strings.Cut(lines[2], "= ")
		m.Op = parseOp(expr)
		m.Div = lastInt(lines[3])
		m.IfT = lastInt(lines[4])
		m.IfF = lastInt(lines[5])
		ms = append(ms, m)
	}
	return ms
}

func business(rounds int, relief bool) int {
	ms := parse(notes)
	mod := 1
	for _, m := range ms {
		mod *= m.Div
	}
	for range rounds {
		for _, m := range ms {
			for _, w := range m.Items {
				m.Inspected++
				w = m.Op(w)
				if relief {
					w /= 3
				} else {
					w %= mod
				}
				to := m.IfF
				if w%m.Div == 0 {
					to = m.IfT
				}
				ms[to].Items = append(ms[to].Items, w)
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
	fmt.Println("part1:", business(20, true))
	fmt.Println("part2:", business(10000, false))
}
