package main

import (
	"fmt"
	"strings"
)

const cards = `Card 1: 41 48 83 86 17 | 83 86  6 31 17  9 48 53
Card 2: 13 32 20 16 61 | 61 30 68 82 17 32 24 19
Card 3:  1 21 53 59 44 | 69 82 63 72 16 21 14  1
Card 4: 41 92 73 84 69 | 59 84 76 51 58  5 54 83
Card 5: 87 83 26 28 32 | 88 30 70 12 93 22 82 36
Card 6: 31 18 13 56 72 | 74 77 10 23 35 67 36 11`

func matches(line string) int {
	_, body, _ := strings.Cut(line, ":")
	left, right, _ := strings.Cut(body, "|")
	winning := make(map[string]struct{})
	for _, f := range strings.Fields(left) {
		winning[f] = struct{}{}
	}
	n := 0
	for _, f := range strings.Fields(right) {
		if _, ok := winning[f]; ok {
			n++
		}
	}
	return n
}

func main() {
	lines := strings.Split(cards, "\n")
	counts := make([]int, len(lines))
	for i := range counts {
		counts[i] = 1
	}
	points := 0
	for i, line := range lines {
		m := matches(line)
		score := 0
		if m > 0 {
			score = 1 << (m - 1)
		}
		points += score
		for j := i + 1; j <= i+m && j < len(lines); j++ {
			counts[j] += counts[i]
		}
		fmt.Printf("card %d: %d matches, %2d points, %2d copies\n", i+1, m, score, counts[i])
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("points:", points)
	fmt.Println("scratchcards:", total)
}
