package main

import (
	"fmt"
	"time"
)

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func isLeap(y int) bool { return daysIn(time.February, y) == 29 }

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Println(y, isLeap(y))
	}
	for m := time.January; m <= time.December; m++ {
		fmt.Printf("%.3s:%d ", m, daysIn(m, 2025))
	}
	fmt.Println()

	birthday := time.Date(1990, 5, 17, 0, 0, 0, 0, time.UTC)
	today := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	age := today.Year() - birthday.Year()
	if today.YearDay() < birthday.YearDay() {
		age--
	}
	fmt.Println("age", age)
}
