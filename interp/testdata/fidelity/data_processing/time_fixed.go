package main

import (
	"fmt"
	"sort"
	"time"
)

type Shift struct {
	Worker string
	Start  time.Time
	End    time.Time
}

func (s Shift) Hours() float64 { return s.End.Sub(s.Start).Hours() }

func mustParse(layout, v string) time.Time {
	t, err := time.Parse(layout, v)
	if err != nil {
		panic(err)
	}
	return t
}

func main() {
	const layout = "2006-01-02 15:04"
	shifts := []Shift{
		{"ann", mustParse(layout, "2024-02-28 22:00"), mustParse(layout, "2024-02-29 06:30")},
		{"bob", mustParse(layout, "2024-02-29 08:00"), mustParse(layout, "2024-02-29 16:45")},
		{"ann", mustParse(layout, "2024-03-01 09:15"), mustParse(layout, "2024-03-01 17:00")},
		{"cid", mustParse(layout, "2024-03-01 12:00"), mustParse(layout, "2024-03-02 00:00")},
	}
	hours := map[string]float64{}
	for _, s := range shifts {
		hours[s.Worker] += s.Hours()
		fmt.Printf("%-4s %s -> %s (%v) %s\n", s.Worker, s.Start.Format("Mon Jan _2 15:04"),
			s.End.Format(time.Kitchen), s.End.Sub(s.Start), s.Start.Weekday())
	}
	names := make([]string, 0, len(hours))
	for n := range hours {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %.2fh\n", n, hours[n])
	}

	t := time.Date(2023, time.December, 31, 23, 59, 59, 500_000_000, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Add(time.Second).Format(time.RFC3339Nano))
	fmt.Println(t.AddDate(0, 2, 0).Format("2006-01-02"), t.YearDay(), t.Month(), int(t.Month()))
	y, w := t.ISOWeek()
	fmt.Println("iso week:", y, w)
	fmt.Println(t.Truncate(time.Hour).Format(time.DateTime), t.Round(time.Second).Format(time.TimeOnly))

	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est).Format(time.RFC1123Z), t.In(est).Format(time.DateOnly))

	durs := []time.Duration{1500 * time.Millisecond, 90 * time.Second, 26 * time.Hour, 350 * time.Microsecond, 0, -2 * time.Minute}
	for _, d := range durs {
		fmt.Printf("%v %.1fm %s | ", d, d.Minutes(), d.Round(time.Minute))
	}
	fmt.Println()
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Seconds(), err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	_, err = time.Parse(time.DateOnly, "2024-13-01")
	fmt.Println(err)

	a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println("days until xmas:", int(b.Sub(a).Hours()/24), b.After(a), a.Equal(a.In(est)))
	fmt.Printf("%d %s %v\n", a.Unix(), time.Unix(1700000000, 0).UTC().Format(time.ANSIC), a.IsZero())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Format(time.RFC3339))
}
