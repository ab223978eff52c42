package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format(time.RFC1123))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Mon Jan _2 3:04PM"), t.Format(time.DateOnly))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), 2*time.Nanosecond)
	pd, err := time.ParseDuration("1h15m30.918273645s")
	fmt.Println(pd, err)
	for _, r := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
		fmt.Printf("(%6s) = %s\n", r, pd.Round(r).String())
	}
	start := time.Date(2024, 2, 28, 12, 0, 0, 0, time.UTC)
	fmt.Println(start.AddDate(0, 0, 1), start.AddDate(0, 1, 0), start.AddDate(1, 0, 1))
	end := start.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(end.Sub(start), end.After(start), end.Before(start), end.Equal(end.UTC()))
	p, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:30")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-13-40")
	fmt.Println("error:", err)
	loc := time.FixedZone("UTC-8", -8*60*60)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC822Z))
	fmt.Println(t.Truncate(time.Hour), t.Round(24*time.Hour))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(1e9, 0).UTC())
	fmt.Printf("%v|%s|%d\n", time.March, time.Saturday, time.March)
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	fmt.Println(t.Compare(start), start.Compare(t), t.Compare(t))
	ticks := []string{}
	for cur := start; cur.Before(start.Add(4 * time.Hour)); cur = cur.Add(75 * time.Minute) {
		ticks = append(ticks, cur.Format("15:04"))
	}
	fmt.Println(ticks)
	fmt.Printf("%T %T %T\n", t, d, time.UTC)
	fmt.Printf("%v %+v\n", struct{ D time.Duration }{d}, struct{ At time.Month }{time.May})
}
