package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Booking struct {
	ID    int
	Room  string
	Who   string
	Start time.Time
	End   time.Time
}

func (b Booking) Overlaps(o Booking) bool {
	return b.Room == o.Room && b.Start.Before(o.End) && o.Start.Before(b.End)
}

func (b Booking) String() string {
	return fmt.Sprintf("#%d %-6s %s-%s %s", b.ID, b.Room, b.Start.Format("Mon 15:04"), b.End.Format("15:04"), b.Who)
}

type ConflictError struct {
	New, Existing Booking
}

func (e ConflictError) Error() string {
	return fmt.Sprintf("conflict: %s overlaps %s", e.New.Who, e.Existing)
}

var ErrBadRange = errors.New("end must be after start")
var ErrOutsideHours = errors.New("outside office hours")

type Calendar struct {
	nextID   int
	bookings []Booking
}

func (c *Calendar) Book(room, who string, start time.Time, d time.Duration) (Booking, error) {
	b := Booking{Room: room, Who: who, Start: start, End: start.Add(d)}
	if !b.End.After(b.Start) {
		return Booking{}, ErrBadRange
	}
	if b.Start.Hour() < 8 || b.End.Hour() > 18 || (b.End.Hour() == 18 && b.End.Minute() > 0) {
		return Booking{}, fmt.Errorf("book %s at %s: %w", room, start.Format("15:04"), ErrOutsideHours)
	}
	for _, ex := range c.bookings {
		if b.Overlaps(ex) {
			return Booking{}, ConflictError{b, ex}
		}
	}
	c.nextID++
	b.ID = c.nextID
	c.bookings = append(c.bookings, b)
	return b, nil
}

func (c *Calendar) FreeSlots(room string, day time.Time, min time.Duration) []string {
	var rb []Booking
	for _, b := range c.bookings {
		if b.Room == room {
			rb = append(rb, b)
		}
	}
	sort.Slice(rb, func(i, j int) bool { return rb[i].Start.Before(rb[j].Start) })
	cur := time.Date(day.Year(), day.Month(), day.Day(), 8, 0, 0, 0, time.UTC)
	end := cur.Add(10 * time.Hour)
	var out []string
	for _, b := range append(rb, Booking{Start: end, End: end}) {
		if gap := b.Start.Sub(cur); gap >= min {
			out = append(out, fmt.Sprintf("%s-%s (%v)", cur.Format("15:04"), b.Start.Format("15:04"), gap))
		}
		if b.End.After(cur) {
			cur = b.End
		}
	}
	return out
}

func main() {
	day := time.Date(2024, time.March, 11, 0, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	cal := &Calendar{}
	reqs := []struct {
		room, who string
		start     time.Time
		d         time.Duration
	}{
		{"Oak", "standup", at(9, 0), 15 * time.Minute},
		{"Oak", "design review", at(10, 0), 90 * time.Minute},
		{"Oak", "1:1 Sam", at(11, 0), 30 * time.Minute},
		{"Pine", "1:1 Sam", at(11, 0), 30 * time.Minute},
		{"Oak", "lunch talk", at(12, 0), time.Hour},
		{"Oak", "late sync", at(17, 30), time.Hour},
		{"Pine", "early bird", at(7, 0), time.Hour},
		{"Pine", "zero", at(14, 0), 0},
		{"Oak", "retro", at(11, 30), 30 * time.Minute},
	}
	for _, r := range reqs {
		b, err := cal.Book(r.room, r.who, r.start, r.d)
		var ce ConflictError
		switch {
		case err == nil:
			fmt.Println("booked  ", b)
		case errors.As(err, &ce):
			fmt.Println("rejected", err, "| existing id", ce.Existing.ID)
		case errors.Is(err, ErrOutsideHours):
			fmt.Println("rejected", r.who+":", err)
		default:
			fmt.Printf("rejected %s: %v\n", r.who, err)
		}
	}
	for _, room := range []string{"Oak", "Pine"} {
		fmt.Printf("free %s: %v\n", room, cal.FreeSlots(room, day, 45*time.Minute))
	}
}
