package main

import (
	"fmt"
	"time"
)

type Schedule struct {
	Minute  int // -1 means every minute
	Hour    int // -1 means every hour
	Weekday time.Weekday
	AnyDay  bool
}

func (s Schedule) Matches(t time.Time) bool {
	return (s.Minute < 0 || t.Minute() == s.Minute) &&
		(s.Hour < 0 || t.Hour() == s.Hour) &&
		(s.AnyDay || t.Weekday() == s.Weekday)
}

func (s Schedule) Next(after time.Time) time.Time {
	t := after.Truncate(time.Minute).Add(time.Minute)
	for i := 0; i < 8*24*60; i++ {
		if s.Matches(t) {
			return t
		}
		t = t.Add(time.Minute)
	}
	return time.Time{}
}

func main() {
	start := time.Date(2024, time.February, 28, 22, 47, 30, 0, time.UTC)
	fmt.Println("start:", start.Format(time.RFC1123))

	jobs := map[string]Schedule{
		"hourly-15": {Minute: 15, Hour: -1, AnyDay: true},
		"nightly":   {Minute: 0, Hour: 2, AnyDay: true},
		"monday-9":  {Minute: 30, Hour: 9, Weekday: time.Monday},
	}

	for _, name := range []string{"hourly-15", "nightly", "monday-9"} {
		t := start
		fmt.Print(name, ":")
		for i := 0; i < 3; i++ {
			t = jobs[name].Next(t)
			fmt.Print(" ", t.Format("Mon Jan 2 15:04"))
		}
		fmt.Println()
	}

	d := jobs["monday-9"].Next(start).Sub(start)
	fmt.Println("until monday job:", d, d.Round(time.Hour))
}
