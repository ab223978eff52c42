package main

import (
	"fmt"
	"time"
)

type Meeting struct {
	Title string
	Start time.Time
	Len   time.Duration
}

func (m Meeting) End() time.Time { return m.Start.Add(m.Len) }

func (m Meeting) Overlaps(o Meeting) bool {
	return m.Start.Before(o.End()) && o.Start.Before(m.End())
}

func main() {
	tokyo := time.FixedZone("JST", 9*3600)
	ny := time.FixedZone("EST", -5*3600)
	india := time.FixedZone("IST", 5*3600+1800)

	base := time.Date(2024, 3, 15, 23, 30, 0, 0, time.UTC)
	for _, loc := range []*time.Location{time.UTC, tokyo, ny, india} {
		t := base.In(loc)
		_, off := t.Zone()
		fmt.Printf("%-4s %s offset=%+d day=%s\n", loc, t.Format("2006-01-02 15:04 MST -07:00"), off/3600, t.Weekday())
	}
	meetings := []Meeting{
		{"standup", time.Date(2024, 3, 18, 9, 0, 0, 0, ny), 15 * time.Minute},
		{"review", time.Date(2024, 3, 18, 23, 0, 0, 0, tokyo), time.Hour},
		{"sync", time.Date(2024, 3, 18, 19, 45, 0, 0, india), 45 * time.Minute},
	}
	for i, a := range meetings {
		for _, b := range meetings[i+1:] {
			fmt.Printf("%s vs %s overlap=%t\n", a.Title, b.Title, a.Overlaps(b))
		}
		fmt.Printf("%-8s UTC %s-%s\n", a.Title, a.Start.UTC().Format(time.Kitchen), a.End().UTC().Format("15:04"))
	}
	layouts := []string{time.RFC1123Z, time.RFC3339, time.ANSIC, "Jan _2 03:04:05.000PM", "20060102T150405Z0700"}
	t := time.Date(2024, 2, 5, 14, 7, 9, 123456789, india)
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	p, err := time.Parse(time.RFC3339, "2024-06-01T12:00:00+02:00")
	fmt.Println(p.UTC(), err, p.Equal(time.Date(2024, 6, 1, 10, 0, 0, 0, time.UTC)))
	_, err = time.Parse("2006-01-02", "2024-02-30")
	fmt.Println(err)
	q, _ := time.ParseInLocation("2006-01-02 15:04", "2024-12-31 23:59", tokyo)
	fmt.Println(q, q.Unix(), q.Add(time.Minute).Year())
}
