package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Second+300*time.Millisecond)
	fmt.Println(time.Duration(1234567), time.Duration(0))
	dd, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, dd.Seconds())
	fmt.Println(d.Round(time.Hour), (95 * time.Second).Truncate(time.Minute))

	t := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format(time.RFC3339))
	fmt.Println(t.Format("Mon Jan 2 3:04PM"), t.Weekday(), t.YearDay())
	next := t.Add(3 * time.Hour)
	fmt.Println(next.Format(time.DateTime), next.Month(), next.Day())
	later := t.AddDate(0, 1, 1)
	fmt.Println(later.Format(time.DateOnly))
	fmt.Println(later.Sub(t), later.After(t), t.Equal(t))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p.Weekday(), err)
	fmt.Println(t.Unix(), t.Truncate(24*time.Hour).Format(time.Kitchen))
}
