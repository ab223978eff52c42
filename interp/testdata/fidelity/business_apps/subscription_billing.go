package main

import (
	"fmt"
	"strings"
	"time"
)

type Plan struct {
	Name    string
	Monthly int64 // cents
}

var plans = map[string]Plan{
	"basic": {"Basic", 900},
	"pro":   {"Pro", 2900},
	"team":  {"Team", 9900},
}

type Event struct {
	At    time.Time
	Kind  string // "start", "change", "cancel"
	Plan  string
	Seats int
}

type Charge struct {
	From, To time.Time
	Desc     string
	Amount   int64
}

func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// prorate charges plan p for [from, to) within one month.
func prorate(p Plan, seats int, from, to time.Time) int64 {
	days := int64(to.Sub(from).Hours() / 24)
	total := p.Monthly * int64(seats) * days
	dim := int64(daysIn(from))
	return (total + dim/2) / dim
}

func bill(month time.Time, events []Event) []Charge {
	start := month
	end := month.AddDate(0, 1, 0)
	var out []Charge
	var cur *Event
	cursor := start
	flush := func(until time.Time) {
		if cur == nil || !until.After(cursor) {
			return
		}
		p := plans[cur.Plan]
		amt := prorate(p, cur.Seats, cursor, until)
		out = append(out, Charge{cursor, until, fmt.Sprintf("%s x%d", p.Name, cur.Seats), amt})
	}
	for i := range events {
		e := &events[i]
		if e.At.Before(start) {
			if e.Kind == "cancel" {
				cur = nil
			} else {
				cur = e
			}
			continue
		}
		if !e.At.Before(end) {
			break
		}
		flush(e.At)
		cursor = e.At
		switch e.Kind {
		case "start", "change":
			cur = e
		case "cancel":
			cur = nil
		}
	}
	flush(end)
	return out
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func main() {
	events := []Event{
		{date(2024, 1, 10), "start", "basic", 1},
		{date(2024, 2, 15), "change", "pro", 1},
		{date(2024, 3, 1), "change", "team", 3},
		{date(2024, 3, 20), "change", "team", 5},
		{date(2024, 4, 12), "cancel", "", 0},
	}
	var year int64
	for m := time.January; m <= time.May; m++ {
		month := date(2024, m, 1)
		charges := bill(month, events)
		var sum int64
		fmt.Printf("%s %d (%d days)\n", month.Month(), month.Year(), daysIn(month))
		if len(charges) == 0 {
			fmt.Println("  no charges")
		}
		for _, c := range charges {
			fmt.Printf("  %s..%s %-10s %8.2f\n", c.From.Format("01-02"), c.To.AddDate(0, 0, -1).Format("01-02"), c.Desc, float64(c.Amount)/100)
			sum += c.Amount
		}
		fmt.Printf("  %s\n  %-23s %8.2f\n", strings.Repeat("-", 32), "month total", float64(sum)/100)
		year += sum
	}
	fmt.Printf("year to date: %d.%02d\n", year/100, year%100)
}
