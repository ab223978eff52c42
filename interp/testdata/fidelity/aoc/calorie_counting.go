package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

func parse(s string) ([]int, error) {
	var elves []int
	for _, block := range strings.Split(s, "\n\n") {
		total := 0
		for _, line := range strings.Split(block, "\n") {
			if line == "" {
				continue
			}
			n, err := strconv.Atoi(strings.TrimSpace(line))
			if err != nil {
				return nil, fmt.Errorf("bad line %q: %w", line, err)
			}
			total += n
		}
		elves = append(elves, total)
	}
	return elves, nil
}

func main() {
	elves, err := parse(input)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("elves:", elves)

	best, bestIdx := 0, -1
	for i, c := range elves {
		if c > best {
			best, bestIdx = c, i
		}
	}
	fmt.Printf("Part 1: elf #%d carries %d\n", bestIdx+1, best)

	sorted := append([]int(nil), elves...)
	sort.Sort(sort.Reverse(sort.IntSlice(sorted)))
	top3 := 0
	for _, c := range sorted[:3] {
		top3 += c
	}
	fmt.Println("Part 2:", top3, sorted[:3])

	_, err = parse("12\nabc\n")
	fmt.Println("bad input:", err)
}
