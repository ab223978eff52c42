package main

import (
	"fmt"
	"strings"
	"time"
)

func printMonth(year int, month time.Month) {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	fmt.Printf("%s\n", centre(first.Format("January 2006"), 20))
	fmt.Println("Mo Tu We Th Fr Sa Su")
	offset := (int(first.Weekday()) + 6) % 7 // Monday first
	var b strings.Builder
	b.WriteString(strings.Repeat("   ", offset))
	for d := first; d.Month() == month; d = d.AddDate(0, 0, 1) {
		fmt.Fprintf(&b, "%2d", d.Day())
		if d.Weekday() == time.Sunday {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	fmt.Println(strings.TrimRight(b.String(), " \n"))
}

func centre(s string, w int) string {
	pad := (w - len(s)) / 2
	return strings.Repeat(" ", pad) + s
}

func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	days := (int(wd) - int(t.Weekday()) + 7) % 7
	if days == 0 {
		days = 7
	}
	return t.AddDate(0, 0, days)
}

func businessDaysBetween(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
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
	printMonth(2024, time.February)
	printMonth(2025, time.June)
	start := time.Date(2024, 12, 25, 10, 0, 0, 0, time.UTC)
	for _, wd := range []time.Weekday{time.Monday, time.Wednesday, time.Friday} {
		fmt.Printf("next %v after %s: %s\n", wd, start.Format("Mon 2 Jan"), nextWeekday(start, wd).Format("Mon 2 Jan 2006"))
	}
	fmt.Println("business days Dec 2024:", businessDaysBetween(time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)))
	for y := 2023; y <= 2026; y++ {
		th := nthWeekday(y, time.November, time.Thursday, 4)
		fmt.Printf("Thanksgiving %d: %s (day %d)\n", y, th.Format("Jan 2"), th.YearDay())
	}
	t := time.Date(2024, 5, 17, 13, 47, 31, 999, time.UTC)
	for _, d := range []time.Duration{time.Hour, 15 * time.Minute, 24 * time.Hour, 7 * 24 * time.Hour} {
		fmt.Printf("trunc %-9v %s  round %s\n", d, t.Truncate(d).Format(time.DateTime), t.Round(d).Format(time.DateTime))
	}
	weekdays := map[time.Weekday]int{}
	for d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		if d.Day() == 13 {
			weekdays[d.Weekday()]++
		}
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		fmt.Printf("%s:%d ", wd.String()[:3], weekdays[wd])
	}
	fmt.Println()
	fmt.Println(time.Saturday+1, time.Weekday(7), time.Month(13), time.December)
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format("Jan 2"))
	fmt.Println(time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Weekday())
}
