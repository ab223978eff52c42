package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const elves = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

const guide = `A Y
B X
C Z
A Z
C X`

type Shape int

const (
	Rock Shape = iota
	Paper
	Scissors
)

func (s Shape) String() string { return [...]string{"Rock", "Paper", "Scissors"}[s] }
func (s Shape) Beats() Shape   { return (s + 2) % 3 }
func (s Shape) LosesTo() Shape { return (s + 1) % 3 }

func score(me, them Shape) int {
	outcome := 3
	switch {
	case me.Beats() == them:
		outcome = 6
	case them.Beats() == me:
		outcome = 0
	}
	return int(me) + 1 + outcome
}

func main() {
	var totals []int
	for _, group := range strings.Split(elves, "\n\n") {
		sum := 0
		for _, l := range strings.Fields(group) {
			n, err := strconv.Atoi(l)
			if err != nil {
				panic(err)
			}
			sum += n
		}
		totals = append(totals, sum)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(totals)))
	fmt.Println("max:", totals[0], "top3:", totals[0]+totals[1]+totals[2], totals)

	p1, p2 := 0, 0
	for _, line := range strings.Split(guide, "\n") {
		them := Shape(line[0] - 'A')
		col := int(line[2] - 'X')
		p1 += score(Shape(col), them)
		var me Shape
		switch col {
		case 0:
			me = them.Beats()
		case 1:
			me = them
		case 2:
			me = them.LosesTo()
		}
		p2 += score(me, them)
		fmt.Printf("%-8v vs %-8v -> %d / %v\n", Shape(col), them, score(Shape(col), them), me)
	}
	fmt.Println("part 1:", p1, "part 2:", p2)
}
