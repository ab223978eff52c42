package main

import (
	"fmt"
	"time"
)

type Plan struct {
	Name    string
	Monthly int64 // cents
}

func addMonthsClamped(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, t.Hour(), t.Minute(), 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), t.Hour(), t.Minute(), 0, 0, time.UTC)
}

func prorate(p Plan, start, end time.Time) int64 {
	periodEnd := addMonthsClamped(start, 1)
	total := periodEnd.Sub(start)
	used := end.Sub(start)
	return p.Monthly * int64(used/time.Hour) / int64(total/time.Hour)
}

func main() {
	start := time.Date(2024, time.January, 31, 9, 30, 0, 0, time.UTC)
	fmt.Println("start:", start.Format(time.RFC3339), start.Weekday(), start.YearDay())
	for i := 1; i <= 4; i++ {
		naive := start.AddDate(0, i, 0)
		clamped := addMonthsClamped(start, i)
		fmt.Printf("+%dm naive=%s clamped=%s\n", i, naive.Format("2006-01-02"), clamped.Format("Jan 2, 2006"))
	}
	p := Plan{"pro", 3000}
	cancel := time.Date(2024, 2, 14, 9, 30, 0, 0, time.UTC)
	fmt.Printf("prorated: %d cents for %v\n", prorate(p, start, cancel), cancel.Sub(start))

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Hours(), d.Minutes())
	t := time.Date(2023, 12, 31, 23, 59, 59, 999_000_000, time.UTC)
	fmt.Println(t.Add(time.Millisecond).Format("2006-01-02 15:04:05.000 Mon"))
	_, week := t.ISOWeek()
	fmt.Println("iso week:", week, "unix:", t.Unix(), t.Format(time.Kitchen), t.Format("02/01/06 3PM .999"))
	parsed, err := time.Parse("2006-01-02 15:04", "2024-02-29 18:45")
	fmt.Println(parsed, err, parsed.AddDate(1, 0, 0).Format(time.DateOnly))
	_, err = time.Parse("2006-01-02", "2023-02-29")
	fmt.Println("error:", err)
	dur, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, err, dur.Seconds())
	days := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Println("days to xmas:", days, t.Before(parsed), t.Equal(t.UTC()), t.Month() == time.December)
}
