package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Worker string
	Start  time.Time
	Length time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Length) }

func main() {
	base := time.Date(2024, time.February, 27, 22, 30, 0, 0, time.UTC)
	fmt.Println(base)
	fmt.Println(base.Format(time.DateOnly), base.Format(time.TimeOnly), base.Format(time.RFC3339))
	fmt.Println(base.Format("Mon Jan 2 15:04 2006"), base.Format("02/01/06 3:04PM"))
	for i := range 4 {
		d := base.AddDate(0, 0, i)
		fmt.Printf("%s %-9s yday=%d leap-day=%v\n", d.Format("2006-01-02"), d.Weekday(), d.YearDay(), d.Month() == 2 && d.Day() == 29)
	}
	shifts := []Shift{
		{"ann", base, 9 * time.Hour},
		{"bob", base.Add(-90 * time.Minute), 8*time.Hour + 30*time.Minute},
	}
	for _, s := range shifts {
		fmt.Printf("%s %s -> %s (%v)\n", s.Worker, s.Start.Format("Jan 2 15:04"), s.End().Format("Jan 2 15:04"), s.Length)
	}
	gap := shifts[0].End().Sub(shifts[1].End())
	fmt.Println("gap:", gap, gap.Minutes(), gap.Round(time.Hour), gap.Truncate(time.Hour))
	fmt.Println(shifts[0].Start.Before(shifts[1].Start), shifts[0].End().After(shifts[1].End()), base.Equal(base.UTC()))

	durs := []time.Duration{1500 * time.Millisecond, 90 * time.Second, 36 * time.Hour, 250 * time.Microsecond, 0}
	for _, d := range durs {
		fmt.Printf("%-10v %10.3fs %s\n", d, d.Seconds(), d.String())
	}
	t, err := time.Parse("2006-01-02 15:04", "2023-11-05 08:15")
	fmt.Println(t, err)
	_, err = time.Parse(time.DateOnly, "2023-02-30")
	fmt.Println("err:", err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Hours())
	loc := time.FixedZone("UTC+5", 5*3600)
	fmt.Println(base.In(loc), base.In(loc).Format(time.Kitchen))
	y, w := base.ISOWeek()
	fmt.Println("iso week:", y, w, base.Truncate(24*time.Hour).Format(time.DateTime))
	fmt.Println(time.Unix(1700000000, 0).UTC(), base.Unix(), time.UnixMilli(base.UnixMilli()).UTC().Equal(base))
	first := time.Date(2024, 13, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println("normalised:", first.Format(time.DateOnly), time.Month(13), time.Saturday+1)
}
