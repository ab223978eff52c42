// Calendar arithmetic on fixed dates: AddDate normalization, weekdays,
// days between dates, month lengths, ISO weeks and a printed month.
package main

import (
	"fmt"
	"strings"
	"time"
)

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func printMonth(year int, m time.Month) {
	first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	fmt.Printf("%s %d\n", m, year)
	fmt.Println("Mo Tu We Th Fr Sa Su")
	offset := (int(first.Weekday()) + 6) % 7
	fmt.Print(strings.Repeat("   ", offset))
	for d := 1; d <= daysIn(year, m); d++ {
		fmt.Printf("%2d", d)
		if (offset+d)%7 == 0 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println()
}

func main() {
	t := time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(t.AddDate(0, 1, 0).Format("2006-01-02"))
	fmt.Println(t.AddDate(0, 0, 30).Format("Jan 2"), t.AddDate(1, 1, 1).Format(time.DateOnly))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))

	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", daysIn(y, time.February), " ")
	}
	fmt.Println()

	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(int(b.Sub(a).Hours()/24), b.YearDay(), a.Weekday(), b.Weekday())
	y, w := b.ISOWeek()
	fmt.Println("ISO week", y, w)

	for d := a; d.Before(a.AddDate(0, 0, 7)); d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			fmt.Print(d.Format("Mon 02 "), " ")
		}
	}
	fmt.Println()

	printMonth(2024, time.February)

	deadline := time.Date(2024, 6, 28, 17, 30, 0, 0, time.UTC)
	workdays := 0
	for d := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC); d.Before(deadline); d = d.Add(24 * time.Hour) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			workdays++
		}
	}
	fmt.Println("workdays before deadline:", workdays)
	fmt.Println(deadline.Truncate(24*time.Hour).Format(time.RFC3339), deadline.Month() == time.June, deadline.Equal(deadline.UTC()))
}
