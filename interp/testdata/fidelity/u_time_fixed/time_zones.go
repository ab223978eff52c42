package main

import (
	"fmt"
	"time"
)

type Meeting struct {
	Title string
	At    time.Time
	Dur   time.Duration
}

func main() {
	ny := time.FixedZone("EST", -5*60*60)
	tokyo := time.FixedZone("JST", 9*60*60)
	india := time.FixedZone("IST", 5*60*60+30*60)
	zones := []*time.Location{time.UTC, ny, tokyo, india}

	m := Meeting{"standup", time.Date(2024, 3, 15, 14, 30, 0, 0, time.UTC), 45 * time.Minute}
	for _, z := range zones {
		t := m.At.In(z)
		end := t.Add(m.Dur)
		name, off := t.Zone()
		fmt.Printf("%-4s %+06d %s - %s  (%s)\n", name, off, t.Format("Mon Jan 2 15:04"), end.Format("15:04 MST"), t.Location())
	}
	layouts := []string{
		time.RFC3339, time.RFC822Z, time.ANSIC, "2006-01-02T15:04:05.000Z07:00",
		"02/01/06 03:04PM", "Monday, January 2, 2006", "15h04m", time.DateTime, time.DateOnly,
		"Jan _2 2006 .999", "-07:00 MST",
	}
	t := time.Date(2024, 7, 4, 9, 5, 7, 120_000_000, india)
	for _, l := range layouts {
		fmt.Printf("%-32s %s\n", l, t.Format(l))
	}
	parsed, err := time.Parse(time.RFC3339, "2024-11-03T01:30:00-04:00")
	fmt.Println(parsed, err)
	fmt.Println(parsed.UTC(), parsed.In(tokyo))
	p2, err := time.ParseInLocation("2006-01-02 15:04", "2024-01-01 00:00", ny)
	fmt.Println(p2, err, p2.Unix())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println("bad:", err)
	_, err = time.Parse(time.DateOnly, "2024-02-30")
	fmt.Println("bad:", err)
	a := time.Date(2024, 1, 1, 12, 0, 0, 0, tokyo)
	b := time.Date(2024, 1, 1, 3, 0, 0, 0, time.UTC)
	fmt.Println(a.Equal(b), a == b, a.Sub(b), a.Before(b))
	fmt.Printf("%v\n%s\n", a, b)
	fmt.Println(a.In(time.UTC).Format(time.RFC3339Nano), t.Format(time.RFC3339Nano))
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1700000000123).In(ny))
}
