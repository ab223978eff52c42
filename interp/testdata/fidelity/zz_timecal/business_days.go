package main

import (
	"fmt"
	"time"
)

type Calendar struct {
	holidays map[string]string
}

func (c Calendar) key(t time.Time) string { return t.Format("2006-01-02") }

func (c Calendar) IsBusinessDay(t time.Time) bool {
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	_, hol := c.holidays[c.key(t)]
	return !hol
}

func (c Calendar) AddBusinessDays(t time.Time, n int) time.Time {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		t = t.AddDate(0, 0, step)
		if c.IsBusinessDay(t) {
			n--
		}
	}
	return t
}

func (c Calendar) Between(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if c.IsBusinessDay(d) {
			n++
		}
	}
	return n
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func main() {
	cal := Calendar{holidays: map[string]string{
		"2024-12-25": "Christmas", "2024-12-26": "Boxing Day", "2025-01-01": "New Year",
	}}
	start := date(2024, 12, 20)
	for _, n := range []int{1, 2, 5, 10, -3} {
		d := cal.AddBusinessDays(start, n)
		fmt.Printf("%s %+3d business days -> %s (%s)\n", start.Format("Mon Jan 2"), n, d.Format("Mon Jan 2 2006"), d.Weekday())
	}
	fmt.Println("business days in Dec 2024:", cal.Between(date(2024, 12, 1), date(2025, 1, 1)))
	for d := date(2024, 12, 23); d.Before(date(2025, 1, 3)); d = d.AddDate(0, 0, 1) {
		mark := "work"
		if name, ok := cal.holidays[cal.key(d)]; ok {
			mark = name
		} else if !cal.IsBusinessDay(d) {
			mark = "weekend"
		}
		fmt.Printf("%s %-3s %s\n", d.Format("01/02"), d.Weekday().String()[:3], mark)
	}
	due := date(2025, 1, 31)
	fmt.Println(due.AddDate(0, 1, 0).Format(time.DateOnly), due.AddDate(0, 0, 29).Format(time.DateOnly))
	_, week := date(2024, 12, 30).ISOWeek()
	y, w := date(2021, 1, 3).ISOWeek()
	fmt.Println(week, y, w, date(2024, 12, 31).YearDay())
}
