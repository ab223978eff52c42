package main

import (
	"fmt"
	"strings"
	"time"
)

func printMonth(year int, month time.Month) string {
	var sb strings.Builder
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	title := fmt.Sprintf("%s %d", month, year)
	fmt.Fprintf(&sb, "%*s\n", (20+len(title))/2, title)
	sb.WriteString("Mo Tu We Th Fr Sa Su\n")
	offset := (int(first.Weekday()) + 6) % 7
	sb.WriteString(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		fmt.Fprintf(&sb, "%2d", d)
		if (offset+d)%7 == 0 {
			sb.WriteByte('\n')
		} else if d != days {
			sb.WriteByte(' ')
		}
	}
	return strings.TrimRight(sb.String(), "\n") + "\n"
}

func lastFridays(year int) []string {
	var out []string
	for m := time.January; m <= time.December; m++ {
		d := time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != time.Friday {
			d = d.AddDate(0, 0, -1)
		}
		out = append(out, d.Format("2006-01-02"))
	}
	return out
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func main() {
	fmt.Print(printMonth(2024, time.February))
	fmt.Println()
	fmt.Print(printMonth(2026, time.December))
	fmt.Println(lastFridays(2012))
	var leaps []int
	for y := 1896; y <= 1912; y++ {
		if isLeap(y) {
			leaps = append(leaps, y)
		}
	}
	fmt.Println(leaps, isLeap(2000), isLeap(2100))
	xmas := 0
	for y := 2008; y <= 2121; y++ {
		if time.Date(y, 12, 25, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
			xmas++
			if xmas <= 5 {
				fmt.Print(y, " ")
			}
		}
	}
	fmt.Println("... total", xmas)
	t := time.Date(2024, 3, 10, 14, 5, 9, 123456789, time.UTC)
	for _, layout := range []string{time.RFC1123, time.ANSIC, "Mon Jan _2 15:04:05.000", "2006-01-02T15:04:05.999999999Z07:00", "3:04PM", "Jan 2, 2006 at 3:04pm (MST)", "20060102"} {
		fmt.Println(t.Format(layout))
	}
	fmt.Println(t.YearDay(), t.Weekday(), t.Month(), int(t.Month()), t.Unix(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Truncate(time.Hour).Format(time.Kitchen), t.Add(-36*time.Hour).Format(time.DateOnly))
	d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Sub(t)
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(24*time.Hour).String())
	p, err := time.Parse("2006-01-02 15:04", "2024-02-30 10:00")
	fmt.Println(p, err)
}
