package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Shift struct {
	Who   string
	Start time.Time
	Len   time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Len) }

func (s Shift) Overlaps(o Shift) bool {
	return s.Start.Before(o.End()) && o.Start.Before(s.End())
}

func (s Shift) String() string {
	return fmt.Sprintf("%-5s %s-%s (%v)", s.Who, s.Start.Format("Mon 15:04"), s.End().Format("15:04"), s.Len)
}

func main() {
	base := time.Date(2024, time.February, 26, 8, 0, 0, 0, time.UTC)
	shifts := []Shift{
		{"ann", base, 8 * time.Hour},
		{"bob", base.Add(6 * time.Hour), 6 * time.Hour},
		{"cy", base.AddDate(0, 0, 1).Add(-2 * time.Hour), 4*time.Hour + 30*time.Minute},
		{"dee", base.AddDate(0, 0, 3), 90 * time.Minute},
	}
	sort.Slice(shifts, func(i, j int) bool { return shifts[i].Start.Before(shifts[j].Start) })
	for _, s := range shifts {
		fmt.Println(s)
	}
	for i := range shifts {
		for j := i + 1; j < len(shifts); j++ {
			if shifts[i].Overlaps(shifts[j]) {
				fmt.Printf("overlap: %s & %s\n", shifts[i].Who, shifts[j].Who)
			}
		}
	}
	hours := map[time.Weekday]time.Duration{}
	for _, s := range shifts {
		hours[s.Start.Weekday()] += s.Len
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if h, ok := hours[d]; ok {
			fmt.Printf("%-9v %5.2fh\n", d, h.Hours())
		}
	}
	leap := time.Date(2024, 2, 28, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		d := leap.AddDate(0, 0, i)
		fmt.Print(d.Format("2006-01-02 Jan _2 yday=002"), " | ")
	}
	fmt.Println()
	end := time.Date(2024, 12, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(end.Sub(base).Round(time.Hour), end.YearDay())
	y, w := end.ISOWeek()
	fmt.Println(y, w, end.Add(time.Second).Year())
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Truncate(time.Minute), d.Seconds(), d.String() == "1h15m30.5s")
	fmt.Println(strings.Repeat("=", 10))
	loc := time.FixedZone("EST", -5*3600)
	t := time.Date(2024, 3, 10, 1, 30, 0, 0, loc)
	fmt.Println(t, t.UTC(), t.In(time.UTC).Format(time.RFC1123Z))
	fmt.Println(t.Format(time.Kitchen), t.Format("Jan 2, 2006 at 3:04pm (MST)"), t.Unix())
	fmt.Println(base.Equal(base.In(loc)), base == base.In(loc), base.Compare(end))
}
