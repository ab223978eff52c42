package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Plan struct {
	Name    string
	Monthly int // cents
	Seats   int
}

type Subscription struct {
	Customer string
	Plan     Plan
	Start    time.Time
	Canceled *time.Time
	Seats    int
	Coupons  []Coupon
}

type Coupon interface {
	Discount(amount int, month int) int
	fmt.Stringer
}

type PercentCoupon struct {
	Pct    int
	Months int
}

func (p PercentCoupon) Discount(amount, month int) int {
	if month >= p.Months {
		return 0
	}
	return amount * p.Pct / 100
}
func (p PercentCoupon) String() string { return fmt.Sprintf("%d%% for %d months", p.Pct, p.Months) }

type FixedCoupon struct{ Cents int }

func (f FixedCoupon) Discount(amount, _ int) int {
	if f.Cents > amount {
		return amount
	}
	return f.Cents
}
func (f FixedCoupon) String() string { return fmt.Sprintf("%d.%02d off", f.Cents/100, f.Cents%100) }

var ErrSeats = errors.New("too many seats for plan")

type InvoiceLine struct {
	Month  time.Month
	Year   int
	Amount int
	Notes  []string
}

func (s *Subscription) Validate() error {
	if s.Seats > s.Plan.Seats {
		return fmt.Errorf("%s on %s with %d seats: %w (max %d)", s.Customer, s.Plan.Name, s.Seats, ErrSeats, s.Plan.Seats)
	}
	return nil
}

func (s *Subscription) Bill(until time.Time) []InvoiceLine {
	var lines []InvoiceLine
	for m, t := 0, s.Start; t.Before(until); m, t = m+1, t.AddDate(0, 1, 0) {
		if s.Canceled != nil && !t.Before(*s.Canceled) {
			break
		}
		amount := s.Plan.Monthly
		var notes []string
		if s.Seats > 1 {
			amount += (s.Seats - 1) * s.Plan.Monthly / 4
			notes = append(notes, fmt.Sprintf("%d seats", s.Seats))
		}
		for _, c := range s.Coupons {
			if d := c.Discount(amount, m); d > 0 {
				amount -= d
				notes = append(notes, c.String())
			}
		}
		lines = append(lines, InvoiceLine{t.Month(), t.Year(), amount, notes})
	}
	return lines
}

func cents(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	basic := Plan{"basic", 900, 1}
	team := Plan{"team", 2900, 10}
	start := time.Date(2024, 11, 15, 0, 0, 0, 0, time.UTC)
	cancel := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	subs := []*Subscription{
		{Customer: "solo", Plan: basic, Start: start, Seats: 1},
		{Customer: "acme", Plan: team, Start: start, Seats: 4, Coupons: []Coupon{PercentCoupon{50, 2}, FixedCoupon{500}}},
		{Customer: "tiny", Plan: basic, Start: start.AddDate(0, 1, 0), Seats: 1, Canceled: &cancel, Coupons: []Coupon{FixedCoupon{2000}}},
		{Customer: "big", Plan: basic, Start: start, Seats: 3},
	}
	until := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	grand := 0
	for _, s := range subs {
		if err := s.Validate(); err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrSeats))
			continue
		}
		total := 0
		fmt.Printf("%s (%s):\n", s.Customer, s.Plan.Name)
		for _, l := range s.Bill(until) {
			fmt.Printf("  %s %d %8s  %s\n", l.Month.String()[:3], l.Year, cents(l.Amount), strings.Join(l.Notes, "; "))
			total += l.Amount
		}
		fmt.Printf("  total %s\n", cents(total))
		grand += total
	}
	fmt.Println("grand total", cents(grand))
	var cs []Coupon = subs[1].Coupons
	fmt.Println(cs, cs[0])
}
