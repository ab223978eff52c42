package main

import (
	"fmt"
	"strings"
	"time"
)

func monthGrid(year int, month time.Month, marks map[int]string) string {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	var sb strings.Builder
	title := first.Format("January 2006")
	fmt.Fprintf(&sb, "%s%s\n", strings.Repeat(" ", (20-len(title))/2), title)
	sb.WriteString("Mo Tu We Th Fr Sa Su\n")
	offset := (int(first.Weekday()) + 6) % 7
	sb.WriteString(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		cell := fmt.Sprintf("%2d", d)
		if m, ok := marks[d]; ok {
			cell = m + m
		}
		sb.WriteString(cell)
		if (offset+d)%7 == 0 {
			sb.WriteString("\n")
		} else if d < days {
			sb.WriteString(" ")
		}
	}
	return strings.TrimRight(sb.String(), " \n") + "\n"
}

func businessDaysBetween(a, b time.Time, holidays map[string]bool) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		if holidays[d.Format(time.DateOnly)] {
			continue
		}
		n++
	}
	return n
}

func nthWeekday(year int, month time.Month, wd time.Weekday, n int) time.Time {
	t := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

func main() {
	fmt.Print(monthGrid(2024, time.February, map[int]string{14: "<", 29: "*"}))
	fmt.Println()
	fmt.Print(monthGrid(2025, time.June, nil))
	hol := map[string]bool{"2024-12-25": true, "2024-12-26": true, "2025-01-01": true}
	a := time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)
	b := time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)
	fmt.Println("business days:", businessDaysBetween(a, b, hol))
	for _, y := range []int{2024, 2025, 2026} {
		tg := nthWeekday(y, time.November, time.Thursday, 4)
		fmt.Printf("Thanksgiving %d: %s (%s)\n", y, tg.Format("Mon Jan _2"), tg.Weekday())
	}
	start := time.Date(2024, 3, 30, 22, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		t := start.Add(time.Duration(i) * 26 * time.Hour)
		fmt.Println(t.Format(time.DateTime), t.Truncate(24*time.Hour).Format(time.RFC1123))
	}
	z := time.FixedZone("EST", -5*3600)
	fmt.Println(start.In(z).Format(time.RFC3339), start.In(z).Day())
}
