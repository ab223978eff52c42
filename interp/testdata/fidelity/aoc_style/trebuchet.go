package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

const sample1 = `1abc2
pqr3stu8vwx
a1b2c3d4e5f
treb7uchet`

const sample2 = `two1nine
eightwothree
abcone2threexyz
xtwone3four
4nineeightseven2
zoneight234
7pqrstsixteen`

var words = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func digitAt(line string, i int, spelled bool) (int, bool) {
	if unicode.IsDigit(rune(line[i])) {
		return int(line[i] - '0'), true
	}
	if !spelled {
		return 0, false
	}
	for d, w := range words {
		if strings.HasPrefix(line[i:], w) {
			return d, true
		}
	}
	return 0, false
}

func calibrate(line string, spelled bool) int {
	first, last := -1, -1
	for i := 0; i < len(line); i++ {
		if d, ok := digitAt(line, i, spelled); ok {
			if first < 0 {
				first = d
			}
			last = d
		}
	}
	if first < 0 {
		return 0
	}
	return first*10 + last
}

func solve(input string, spelled bool) int {
	sum := 0
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		v := calibrate(sc.Text(), spelled)
		fmt.Printf("  %-20q -> %d\n", sc.Text(), v)
		sum += v
	}
	return sum
}

func main() {
	fmt.Println("Part 1:")
	fmt.Println("total =", solve(sample1, false))
	fmt.Println("Part 2:")
	fmt.Println("total =", solve(sample2, true))
}
