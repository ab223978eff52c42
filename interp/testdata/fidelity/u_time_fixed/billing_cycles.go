package main

import (
	"fmt"
	"time"
)

type Plan struct {
	Name   string
	Months int
	Price  int // cents
}

type Subscription struct {
	Customer string
	Plan     Plan
	Start    time.Time
}

func (s Subscription) Renewals(until time.Time) []time.Time {
	var out []time.Time
	for d := s.Start; !d.After(until); d = d.AddDate(0, s.Plan.Months, 0) {
		out = append(out, d)
	}
	return out
}

// endOfMonth returns the last day of t's month.
func endOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, t.Location())
}

func prorate(price int, from, to time.Time) int {
	days := int(to.Sub(from).Hours() / 24)
	total := endOfMonth(from).Day()
	return price * days / total
}

func main() {
	subs := []Subscription{
		{"acme", Plan{"monthly", 1, 1999}, time.Date(2024, time.January, 31, 9, 0, 0, 0, time.UTC)},
		{"zeta", Plan{"quarterly", 3, 4999}, time.Date(2023, time.November, 30, 0, 0, 0, 0, time.UTC)},
		{"leap", Plan{"yearly", 12, 19999}, time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC)},
	}
	until := time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range subs {
		fmt.Printf("%s (%s):", s.Customer, s.Plan.Name)
		for _, d := range s.Renewals(until) {
			fmt.Print(" ", d.Format("2006-01-02"))
		}
		fmt.Println()
	}
	for _, m := range []time.Month{time.January, time.February, time.April, time.December} {
		for _, y := range []int{2023, 2024} {
			fmt.Printf("%s %d ends on %d; ", m, y, endOfMonth(time.Date(y, m, 15, 0, 0, 0, 0, time.UTC)).Day())
		}
		fmt.Println()
	}
	from := time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC)
	fmt.Println("prorated:", prorate(2900, from, endOfMonth(from).AddDate(0, 0, 1)))

	due := time.Date(2024, 12, 20, 17, 30, 0, 0, time.UTC)
	paid := []time.Time{
		due.Add(-48 * time.Hour), due, due.Add(90 * time.Minute),
		due.AddDate(0, 0, 15), due.AddDate(0, 1, 2).Add(3*time.Hour + 15*time.Second),
	}
	for _, p := range paid {
		late := p.Sub(due)
		status := "on time"
		if late > 0 {
			status = "late by " + late.String()
			if days := int(late.Hours()) / 24; days > 0 {
				status += fmt.Sprintf(" (%d days)", days)
			}
		}
		fmt.Printf("%s  %s\n", p.Format(time.RFC1123), status)
	}
	fmt.Println(due.YearDay(), due.Weekday(), due.Unix(), due.Format(time.Kitchen))
	y, w := due.ISOWeek()
	fmt.Println(y, w, due.Equal(due.In(time.FixedZone("X", 3600))))
}
