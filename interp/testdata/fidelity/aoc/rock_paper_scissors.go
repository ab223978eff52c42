package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Shape int

const (
	Rock Shape = iota + 1
	Paper
	Scissors
)

func (s Shape) String() string {
	return [...]string{"?", "Rock", "Paper", "Scissors"}[s]
}

func (s Shape) beats() Shape {
	return Shape((int(s)+1)%3 + 1)
}

func (s Shape) losesTo() Shape {
	return Shape(int(s)%3 + 1)
}

func outcome(me, them Shape) int {
	switch {
	case me == them:
		return 3
	case me.beats() == them:
		return 6
	default:
		return 0
	}
}

const input = `A Y
B X
C Z
A X
B Z
C Y`

func main() {
	part1, part2 := 0, 0
	sc := bufio.NewScanner(strings.NewReader(input))
	round := 0
	for sc.Scan() {
		round++
		var a, b byte
		if _, err := fmt.Sscanf(sc.Text(), "%c %c", &a, &b); err != nil {
			fmt.Println("parse:", err)
			continue
		}
		them := Shape(a-'A') + 1
		me := Shape(b-'X') + 1
		s1 := int(me) + outcome(me, them)
		part1 += s1

		var choice Shape
		switch b {
		case 'X':
			choice = them.beats()
		case 'Y':
			choice = them
		case 'Z':
			choice = them.losesTo()
		}
		s2 := int(choice) + outcome(choice, them)
		part2 += s2
		fmt.Printf("round %d: %-8v vs %-8v -> %d | %v -> %d\n", round, me, them, s1, choice, s2)
	}
	fmt.Println("Part 1:", part1)
	fmt.Println("Part 2:", part2)
	for _, s := range []Shape{Rock, Paper, Scissors} {
		fmt.Printf("%v beats %v, loses to %v\n", s, s.beats(), s.losesTo())
	}
}
