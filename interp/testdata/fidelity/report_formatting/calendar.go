package main

import (
	"fmt"
	"strings"
	"time"
)

func printMonth(year int, month time.Month) {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	title := fmt.Sprintf("%s %d", month, year)
	pad := (20 - len(title)) / 2
	fmt.Printf("%s%s\n", strings.Repeat(" ", pad), title)
	fmt.Println("Mo Tu We Th Fr Sa Su")
	offset := (int(first.Weekday()) + 6) % 7
	fmt.Print(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		fmt.Printf("%2d", d)
		if (offset+d)%7 == 0 {
			fmt.Println()
		} else if d != days {
			fmt.Print(" ")
		}
	}
	fmt.Println()
}

func main() {
	printMonth(2024, time.February)
	fmt.Println()
	printMonth(2023, time.October)
	fmt.Println()

	t := time.Date(2024, 3, 9, 14, 5, 7, 123456789, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, "2006-01-02", "02/01/06 15:04", "Mon Jan _2", "January 2, 2006 at 3:04pm (MST)", ".000 .999999", "2006-W01"}
	for _, l := range layouts {
		fmt.Printf("%-34q %s\n", l, t.Format(l))
	}
	fmt.Println(t.YearDay(), t.Weekday(), t.Unix(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println("iso week:", y, w)
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Round(time.Minute), d.Truncate(time.Hour), time.Duration(0), -d)
	fmt.Printf("%v %d %s %.1f\n", d, d, 2*time.Second, d.Minutes())
	later := t.Add(36 * time.Hour)
	fmt.Println(later, later.Sub(t), later.After(t), t.Equal(later))
	fmt.Println(t.Truncate(24*time.Hour).Format(time.DateTime), t.AddDate(0, 0, 30).Format(time.DateOnly))
	for _, s := range []string{"2024-02-29", "2023-02-29", "24-1-1"} {
		p, err := time.Parse("2006-01-02", s)
		fmt.Println(p, err)
	}
	dd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, err, dd.Seconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC822Z))
	fmt.Printf("%v|%s|%d\n", time.Saturday, time.March, time.March)
	start := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		fmt.Print(start.AddDate(0, i, 0).Format("Jan 02"), "; ")
	}
	fmt.Println()
	days := 0
	for d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Friday && d.Day() == 13 {
			fmt.Print(d.Format("2006-01-02"), " ")
			days++
		}
	}
	fmt.Println(days)
}
