package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 0
	for range 5 {
		n++
	}
	fmt.Println("n =", n)

	type Weekday int
	const days Weekday = 3
	for d := range days {
		fmt.Printf("%T %d\n", d, d)
	}
	grid := [3][3]rune{}
	for r := range 3 {
		for c := range 3 {
			grid[r][c] = '.'
			if r == c {
				grid[r][c] = '#'
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
}
