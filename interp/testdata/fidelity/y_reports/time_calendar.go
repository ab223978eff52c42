package main

import (
	"fmt"
	"strings"
	"time"
)

func monthGrid(year int, m time.Month) string {
	first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d\n", m, year)
	b.WriteString("Mo Tu We Th Fr Sa Su\n")
	offset := (int(first.Weekday()) + 6) % 7
	b.WriteString(strings.Repeat("   ", offset))
	for d := first; d.Month() == m; d = d.AddDate(0, 0, 1) {
		fmt.Fprintf(&b, "%2d", d.Day())
		if d.Weekday() == time.Sunday {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	return strings.TrimRight(b.String(), " \n") + "\n"
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

func main() {
	fmt.Print(monthGrid(2024, time.February))
	fmt.Print(monthGrid(2023, time.October))
	t := time.Date(2024, 3, 10, 14, 5, 9, 123456789, time.UTC)
	layouts := []string{time.ANSIC, time.RFC1123, time.Kitchen, time.StampMilli, time.DateTime, "2006-01-02T15:04:05.000Z07:00", "Monday, January 2 '06 at 3PM", "_2 Jan .999999", "060102 150405.00"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t.AddDate(0, 1, 25).Format(time.DateOnly), time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(t.YearDay(), t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Second).Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli()%1000)
	a := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("business days:", businessDaysBetween(a, b), b.Sub(a), b.Sub(a).Hours()/24)
	p, err := time.Parse("2006-01-02 15:04", "2024-02-30 10:00")
	fmt.Println(p, err)
	p, err = time.Parse(time.RFC3339, "2024-05-06T07:08:09+02:00")
	fmt.Println(p.UTC(), err, p.Equal(p.UTC()), p == p.UTC())
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), time.Duration(90)*time.Second, time.Duration(1234567), time.Duration(0))
	loc := time.FixedZone("XST", -(3*3600 + 30*60))
	fmt.Println(t.In(loc).Format(time.RFC822Z), t.In(loc).Format("MST -07:00"))
	fmt.Println(t.Month() == time.March, time.Saturday+1, time.Month(13), time.Weekday(8))
}
