package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name  string
	Start time.Time
	Dur   time.Duration
}

func (e Event) End() time.Time { return e.Start.Add(e.Dur) }

func overlaps(a, b Event) bool {
	return a.Start.Before(b.End()) && b.Start.Before(a.End())
}

func main() {
	loc := time.UTC
	t := time.Date(2024, time.February, 28, 22, 30, 0, 0, loc)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05 Mon"), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm"))
	next := t.Add(3 * time.Hour)
	fmt.Println("plus 3h:", next.Format(time.DateTime), next.Weekday(), next.YearDay())
	fmt.Println("leap day?", next.Month() == time.February && next.Day() == 29)
	fmt.Println(t.AddDate(0, 1, 1).Format(time.DateOnly), t.AddDate(1, 0, 1).Format(time.DateOnly))

	p, err := time.Parse("2006-01-02", "2024-12-25")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println("error:", err)
	diff := p.Sub(t)
	fmt.Println("until christmas:", diff, diff.Hours(), int(diff.Hours()/24), "days")
	fmt.Println(diff.Round(time.Hour), diff.Truncate(24*time.Hour))

	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Seconds(), time.Duration(1500)*time.Millisecond)
	fmt.Printf("%v %d %s %.1f\n", 90*time.Second, 2*time.Millisecond, 36*time.Hour, (45 * time.Minute).Hours())

	events := []Event{
		{"standup", time.Date(2024, 3, 4, 9, 0, 0, 0, loc), 15 * time.Minute},
		{"review", time.Date(2024, 3, 4, 9, 10, 0, 0, loc), time.Hour},
		{"lunch", time.Date(2024, 3, 4, 12, 0, 0, 0, loc), 45 * time.Minute},
	}
	for i := range events {
		for j := i + 1; j < len(events); j++ {
			fmt.Printf("%s/%s overlap: %v\n", events[i].Name, events[j].Name, overlaps(events[i], events[j]))
		}
	}
	for _, e := range events {
		fmt.Printf("%-8s %s-%s\n", e.Name, e.Start.Format("15:04"), e.End().Format(time.Kitchen))
	}
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, loc)
	counts := map[time.Weekday]int{}
	for d := day; d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		if d.Day() == 13 {
			counts[d.Weekday()]++
		}
	}
	fmt.Println("friday 13ths in 2024:", counts[time.Friday])
	fmt.Println(t.Equal(t.In(time.FixedZone("X", 3600))), t.Unix(), time.Unix(0, 0).UTC())
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.IsZero(), time.Time{}.IsZero())
}
