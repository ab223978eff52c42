package main

import (
	"errors"
	"fmt"
	"time"
)

type Plan int

const (
	Monthly Plan = iota
	Quarterly
	Yearly
)

func (p Plan) String() string { return [...]string{"monthly", "quarterly", "yearly"}[p] }

func (p Plan) Next(t time.Time) time.Time {
	switch p {
	case Monthly:
		return t.AddDate(0, 1, 0)
	case Quarterly:
		return t.AddDate(0, 3, 0)
	}
	return t.AddDate(1, 0, 0)
}

type Subscription struct {
	Customer string
	Plan     Plan
	Start    time.Time
	Price    int // cents per period
}

var ErrBeforeStart = errors.New("date before subscription start")

func (s Subscription) PeriodsUntil(t time.Time) (int, error) {
	if t.Before(s.Start) {
		return 0, fmt.Errorf("%s on %s: %w", s.Customer, t.Format(time.DateOnly), ErrBeforeStart)
	}
	n := 0
	for d := s.Start; !d.After(t); d = s.Plan.Next(d) {
		n++
	}
	return n, nil
}

func (s Subscription) Invoices(until time.Time) []string {
	var out []string
	for d, i := s.Start, 1; !d.After(until); d, i = s.Plan.Next(d), i+1 {
		out = append(out, fmt.Sprintf("#%02d %s $%d.%02d", i, d.Format("2006-01-02"), s.Price/100, s.Price%100))
	}
	return out
}

func main() {
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	subs := []Subscription{
		{"acme", Monthly, jan31, 999},
		{"globex", Quarterly, time.Date(2023, 11, 30, 0, 0, 0, 0, time.UTC), 2500},
		{"initech", Yearly, time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC), 10000},
	}
	until := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range subs {
		n, err := s.PeriodsUntil(until)
		fmt.Printf("%-8s %-9v periods=%d err=%v\n", s.Customer, s.Plan, n, err)
		inv := s.Invoices(until)
		if len(inv) > 4 {
			inv = append(inv[:2], "...", inv[len(inv)-1])
		}
		for _, l := range inv {
			fmt.Println("   ", l)
		}
	}
	_, err := subs[0].PeriodsUntil(jan31.AddDate(0, 0, -1))
	fmt.Println(err, errors.Is(err, ErrBeforeStart))
	fmt.Printf("%v %d %s\n", Yearly, Quarterly, Plan(0))
	days := until.Sub(jan31).Hours() / 24
	fmt.Printf("%.0f days, %v\n", days, until.Sub(jan31))
	fmt.Println(jan31.AddDate(0, 1, 0).Format("Jan 2"), jan31.Month()+1, time.March-time.January)
}
