package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Weekday int

const (
	Monday Weekday = iota + 1
	Tuesday
	Wednesday
	Thursday
	Friday
)

var dayNames = map[Weekday]string{Monday: "Mon", Tuesday: "Tue", Wednesday: "Wed", Thursday: "Thu", Friday: "Fri"}

func (d Weekday) String() string {
	if n, ok := dayNames[d]; ok {
		return n
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type Slot struct {
	Day   Weekday
	Start int // minutes after midnight
	Len   int
}

func (s Slot) End() int { return s.Start + s.Len }

func (s Slot) String() string {
	return fmt.Sprintf("%v %02d:%02d-%02d:%02d", s.Day, s.Start/60, s.Start%60, s.End()/60, s.End()%60)
}

type Conflict struct {
	A, B string
	At   Slot
}

func (c *Conflict) Error() string { return fmt.Sprintf("%s overlaps %s at %v", c.A, c.B, c.At) }

var ErrFull = errors.New("schedule full")

type Schedule struct {
	classes map[string]Slot
	limit   int
}

func (s *Schedule) Add(name string, slot Slot) error {
	if len(s.classes) >= s.limit {
		return fmt.Errorf("add %s: %w", name, ErrFull)
	}
	for other, o := range s.classes {
		if o.Day == slot.Day && slot.Start < o.End() && o.Start < slot.End() {
			return fmt.Errorf("add %s: %w", name, &Conflict{name, other, o})
		}
	}
	if s.classes == nil {
		s.classes = map[string]Slot{}
	}
	s.classes[name] = slot
	return nil
}

func (s *Schedule) ByDay() map[Weekday][]string {
	out := map[Weekday][]string{}
	for n, sl := range s.classes {
		out[sl.Day] = append(out[sl.Day], n)
	}
	for d := range out {
		sort.Slice(out[d], func(i, j int) bool { return s.classes[out[d][i]].Start < s.classes[out[d][j]].Start })
	}
	return out
}

func main() {
	s := &Schedule{limit: 6}
	adds := []struct {
		name string
		slot Slot
	}{
		{"math", Slot{Monday, 9 * 60, 50}},
		{"physics", Slot{Monday, 9*60 + 30, 60}},
		{"art", Slot{Tuesday, 13 * 60, 90}},
		{"music", Slot{Monday, 10 * 60, 45}},
		{"history", Slot{Friday, 8*60 + 15, 45}},
		{"pe", Slot{Tuesday, 14 * 60, 30}},
		{"chem", Slot{Wednesday, 11 * 60, 60}},
		{"bio", Slot{Thursday, 11 * 60, 60}},
		{"latin", Slot{Friday, 15 * 60, 60}},
	}
	for _, a := range adds {
		err := s.Add(a.name, a.slot)
		var c *Conflict
		switch {
		case errors.As(err, &c):
			fmt.Printf("conflict: %v (with %q)\n", err, c.B)
		case errors.Is(err, ErrFull):
			fmt.Println("full:", err)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("added %-8s %v\n", a.name, a.slot)
		}
	}
	byDay := s.ByDay()
	for d := Monday; d <= Friday+1; d++ {
		var parts []string
		for _, n := range byDay[d] {
			parts = append(parts, fmt.Sprintf("%s(%v)", n, s.classes[n]))
		}
		fmt.Printf("%-12v %s\n", d, strings.Join(parts, ", "))
	}
	fmt.Printf("%d %v %s %+v\n", Friday, Weekday(9), Tuesday, Slot{Wednesday, 600, 15})
}
