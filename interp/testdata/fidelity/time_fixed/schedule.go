// A booking schedule with fixed times: overlapping intervals, free
// slots inside working hours, and recurring events.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Booking struct {
	Who        string
	Start, End time.Time
}

func (b Booking) Overlaps(o Booking) bool {
	return b.Start.Before(o.End) && o.Start.Before(b.End)
}

func (b Booking) String() string {
	return fmt.Sprintf("%s %s-%s", b.Who, b.Start.Format("15:04"), b.End.Format("15:04"))
}

func at(h, m int) time.Time { return time.Date(2024, 9, 2, h, m, 0, 0, time.UTC) }

func freeSlots(bs []Booking, open, close time.Time, minLen time.Duration) []string {
	sort.Slice(bs, func(i, j int) bool { return bs[i].Start.Before(bs[j].Start) })
	var out []string
	cur := open
	for _, b := range bs {
		if b.Start.Sub(cur) >= minLen {
			out = append(out, cur.Format("15:04")+"-"+b.Start.Format("15:04"))
		}
		if b.End.After(cur) {
			cur = b.End
		}
	}
	if close.Sub(cur) >= minLen {
		out = append(out, cur.Format("15:04")+"-"+close.Format("15:04"))
	}
	return out
}

func main() {
	bookings := []Booking{
		{"ann", at(9, 0), at(10, 0)},
		{"bob", at(9, 30), at(11, 0)},
		{"cy", at(13, 0), at(13, 45)},
		{"dee", at(15, 15), at(16, 0)},
		{"eve", at(10, 59), at(11, 30)},
	}
	for i := range bookings {
		for j := i + 1; j < len(bookings); j++ {
			if bookings[i].Overlaps(bookings[j]) {
				fmt.Println("conflict:", bookings[i], "&", bookings[j])
			}
		}
	}
	fmt.Println(freeSlots(bookings, at(8, 30), at(17, 0), 30*time.Minute))
	fmt.Println(bookings)

	var busy time.Duration
	for _, b := range bookings {
		busy += b.End.Sub(b.Start)
	}
	fmt.Println("booked:", busy)

	start := time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC)
	fmt.Print("monthly: ")
	for i := 0; i < 4; i++ {
		fmt.Print(start.AddDate(0, i, 0).Format("Jan 02"), "; ")
	}
	fmt.Println()
	next := start
	fmt.Print("every 10 days: ")
	for next.Month() <= time.March {
		fmt.Print(next.Format("01/02"), " ")
		next = next.Add(10 * 24 * time.Hour)
	}
	fmt.Println()
	fmt.Println(at(9, 0).Compare(at(10, 0)), at(10, 0).Compare(at(9, 0)), at(9, 0).Compare(at(9, 0)))
}
