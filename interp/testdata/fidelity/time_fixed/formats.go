// time formatting and parsing layouts: the reference time, custom
// layouts, fixed zones, Unix times and parse errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.Kitchen, time.ANSIC,
		"2006-01-02 15:04:05.000", "Mon Jan _2 3:04PM", "02/01/06", "Monday, January 2, 2006",
		"15h04", ".999 µs", "2006 day 002", time.DateTime, time.StampMilli,
	}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}

	zone := time.FixedZone("CET", 3600)
	tz := t.In(zone)
	fmt.Println(tz, tz.Format(time.RFC822Z))
	name, off := tz.Zone()
	fmt.Println(name, off, tz.Hour(), t.Equal(tz))

	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(1700000000, 0).UTC())
	fmt.Println(time.UnixMilli(86400000).UTC().Format(time.DateOnly))

	inputs := []struct{ layout, value string }{
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-02-29"},
		{"02 Jan 06 15:04 MST", "15 Mar 24 10:30 UTC"},
		{time.RFC3339, "2024-05-06T07:08:09+02:00"},
		{"Jan 2, 2006", "Feb 30, 2024"},
		{"15:04", "25:00"},
	}
	for _, in := range inputs {
		p, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, p.Weekday())
	}
	loc := time.FixedZone("EST", -5*3600)
	p, err := time.ParseInLocation("2006-01-02 15:04", "2024-07-04 09:00", loc)
	fmt.Println(p, err, p.UTC())
	fmt.Printf("%v|%s|%d\n", t.Month(), t.Weekday(), t.Nanosecond())
	b, _ := t.MarshalText()
	fmt.Println(string(b))
	var back time.Time
	back.UnmarshalText(b)
	fmt.Println(back.Equal(t), back.IsZero(), time.Time{}.IsZero(), time.Time{})
}
