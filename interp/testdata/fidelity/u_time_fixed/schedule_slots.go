package main

import (
	"fmt"
	"slices"
	"time"
)

type Slot struct {
	Start, End time.Time
}

func (s Slot) Duration() time.Duration { return s.End.Sub(s.Start) }
func (s Slot) String() string {
	return s.Start.Format("Mon 15:04") + "-" + s.End.Format("15:04")
}
func (s Slot) Overlaps(o Slot) bool { return s.Start.Before(o.End) && o.Start.Before(s.End) }

func merge(slots []Slot) []Slot {
	s := slices.Clone(slots)
	slices.SortFunc(s, func(a, b Slot) int { return a.Start.Compare(b.Start) })
	var out []Slot
	for _, x := range s {
		if n := len(out); n > 0 && !x.Start.After(out[n-1].End) {
			if x.End.After(out[n-1].End) {
				out[n-1].End = x.End
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

func free(day Slot, busy []Slot, min time.Duration) []Slot {
	var out []Slot
	cur := day.Start
	for _, b := range merge(busy) {
		if b.Start.After(cur) && b.Start.Sub(cur) >= min {
			out = append(out, Slot{cur, b.Start})
		}
		if b.End.After(cur) {
			cur = b.End
		}
	}
	if day.End.Sub(cur) >= min {
		out = append(out, Slot{cur, day.End})
	}
	return out
}

func at(h, m int) time.Time {
	return time.Date(2024, 9, 16, h, m, 0, 0, time.UTC)
}

func main() {
	busy := []Slot{
		{at(9, 0), at(9, 30)}, {at(13, 0), at(14, 0)}, {at(9, 15), at(10, 0)},
		{at(11, 0), at(11, 20)}, {at(13, 30), at(15, 0)}, {at(16, 45), at(17, 30)},
	}
	fmt.Println("merged:", merge(busy))
	day := Slot{at(8, 30), at(18, 0)}
	var total time.Duration
	for _, f := range free(day, busy, 30*time.Minute) {
		fmt.Printf("free %v (%v)\n", f, f.Duration())
		total += f.Duration()
	}
	fmt.Println("total free:", total, "busy:", day.Duration()-total)
	fmt.Println(busy[0].Overlaps(busy[2]), busy[0].Overlaps(busy[1]))

	// Recurring every 90 minutes, skipping lunch.
	lunch := Slot{at(12, 0), at(13, 0)}
	var recurring []string
	for t := day.Start; t.Before(day.End); t = t.Add(90 * time.Minute) {
		s := Slot{t, t.Add(25 * time.Minute)}
		if s.Overlaps(lunch) {
			continue
		}
		recurring = append(recurring, s.Start.Format(time.Kitchen))
	}
	fmt.Println(recurring)
	week := make([]string, 0, 7)
	for i := range 7 {
		d := day.Start.AddDate(0, 0, i)
		week = append(week, fmt.Sprintf("%s=%d", d.Weekday().String()[:2], d.Day()))
	}
	fmt.Println(week)
	fmt.Printf("%v|%s|%d\n", busy[1], busy[1], busy[1].Start.Hour())
	fmt.Printf("%+v\n", []Slot{busy[3]})
}
