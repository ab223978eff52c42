package main

import (
	"fmt"
	"strings"
)

type Rule uint8

func (r Rule) Next(l, c, rt bool) bool {
	idx := 0
	if l {
		idx |= 4
	}
	if c {
		idx |= 2
	}
	if rt {
		idx |= 1
	}
	return r&(1<<idx) != 0
}

type Row []bool

func (row Row) String() string {
	var b strings.Builder
	for _, c := range row {
		if c {
			b.WriteByte('#')
		} else {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " ")
}

func (row Row) Step(r Rule) Row {
	next := make(Row, len(row))
	for i := range row {
		l := i > 0 && row[i-1]
		rt := i < len(row)-1 && row[i+1]
		next[i] = r.Next(l, row[i], rt)
	}
	return next
}

func (row Row) Count() (n int) {
	for _, c := range row {
		if c {
			n++
		}
	}
	return
}

func main() {
	for _, rule := range []Rule{30, 90, 110} {
		row := make(Row, 31)
		row[15] = true
		fmt.Printf("rule %d:\n", rule)
		total := 0
		for gen := 0; gen < 8; gen++ {
			fmt.Printf("|%v\n", row)
			total += row.Count()
			row = row.Step(rule)
		}
		fmt.Println("live cells:", total)
	}
	fmt.Println(Rule(30).Next(true, false, false), Rule(30).Next(true, true, true))
	fmt.Printf("%08b %v %d\n", Rule(110), Row{true, false, true}, Rule(90))
}
