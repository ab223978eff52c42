package main

import (
	"fmt"
	"slices"
	"time"
)

type Slot struct {
	Start, End time.Time
}

func (s Slot) Overlaps(o Slot) bool { return s.Start.Before(o.End) && o.Start.Before(s.End) }
func (s Slot) String() string {
	return s.Start.Format("Mon 15:04") + "-" + s.End.Format("15:04")
}

type Room struct {
	Name   string
	Seats  int
	booked []Slot
}

type Booking struct {
	Room *Room
	Slot
	Who string
}

func (r *Room) Book(who string, s Slot) (*Booking, error) {
	for _, b := range r.booked {
		if b.Overlaps(s) {
			return nil, fmt.Errorf("%s is busy %v (conflicts with %v)", r.Name, s, b)
		}
	}
	r.booked = append(r.booked, s)
	slices.SortFunc(r.booked, func(a, b Slot) int { return a.Start.Compare(b.Start) })
	return &Booking{r, s, who}, nil
}

func (r *Room) Free(day time.Time) []Slot {
	open := time.Date(day.Year(), day.Month(), day.Day(), 9, 0, 0, 0, time.UTC)
	closeAt := open.Add(8 * time.Hour)
	var free []Slot
	cur := open
	for _, b := range r.booked {
		if b.Start.After(cur) {
			free = append(free, Slot{cur, b.Start})
		}
		if b.End.After(cur) {
			cur = b.End
		}
	}
	if cur.Before(closeAt) {
		free = append(free, Slot{cur, closeAt})
	}
	return free
}

func main() {
	day := time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	study := &Room{Name: "Study A", Seats: 4}
	reqs := []struct {
		who  string
		from time.Time
		dur  time.Duration
	}{
		{"ann", at(10, 0), 90 * time.Minute},
		{"bob", at(11, 0), time.Hour},
		{"cy", at(11, 30), 45 * time.Minute},
		{"dee", at(9, 0), 30 * time.Minute},
		{"eve", at(14, 15), 2*time.Hour + 15*time.Minute},
	}
	var got []*Booking
	for _, r := range reqs {
		b, err := study.Book(r.who, Slot{r.from, r.from.Add(r.dur)})
		if err != nil {
			fmt.Println("refused:", err)
			continue
		}
		got = append(got, b)
	}
	for _, b := range got {
		fmt.Printf("%-4s %v in %s (%v)\n", b.Who, b.Slot, b.Room.Name, b.End.Sub(b.Start))
	}
	fmt.Println("free:", study.Free(day))
	total := time.Duration(0)
	for _, s := range study.Free(day) {
		total += s.End.Sub(s.Start)
	}
	fmt.Println("free time:", total, total.Minutes(), total.Round(time.Hour))
	fmt.Println(got[0].Slot.Overlaps(got[1].Slot), got[0].Overlaps(Slot{at(11, 29), at(12, 0)}))
}
