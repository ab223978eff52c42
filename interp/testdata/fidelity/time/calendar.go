package main

import (
	"fmt"
	"strings"
	"time"
)

func printMonth(year int, month time.Month) {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	fmt.Printf("%s %d\n", month, year)
	fmt.Println("Mo Tu We Th Fr Sa Su")
	offset := (int(first.Weekday()) + 6) % 7
	fmt.Print(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		fmt.Printf("%2d", d)
		if (offset+d)%7 == 0 {
			fmt.Println()
		} else if d < days {
			fmt.Print(" ")
		}
	}
	fmt.Println()
}

func main() {
	printMonth(2024, time.February)
	printMonth(2026, time.March)
}
