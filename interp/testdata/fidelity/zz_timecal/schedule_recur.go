package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Rule interface {
	Next(after time.Time) time.Time
	fmt.Stringer
}

type Every struct {
	Interval time.Duration
	Anchor   time.Time
}

func (e Every) Next(after time.Time) time.Time {
	if after.Before(e.Anchor) {
		return e.Anchor
	}
	n := after.Sub(e.Anchor)/e.Interval + 1
	return e.Anchor.Add(n * e.Interval)
}
func (e Every) String() string { return "every " + e.Interval.String() }

type Weekly struct {
	Day       time.Weekday
	Hour, Min int
}

func (w Weekly) Next(after time.Time) time.Time {
	t := time.Date(after.Year(), after.Month(), after.Day(), w.Hour, w.Min, 0, 0, after.Location())
	for t.Weekday() != w.Day || !t.After(after) {
		t = t.AddDate(0, 0, 1)
	}
	return t
}
func (w Weekly) String() string { return fmt.Sprintf("weekly %s %02d:%02d", w.Day, w.Hour, w.Min) }

type MonthlyLast struct{ Hour int }

func (m MonthlyLast) Next(after time.Time) time.Time {
	for mo := 0; ; mo++ {
		first := time.Date(after.Year(), after.Month()+time.Month(mo)+1, 1, m.Hour, 0, 0, 0, after.Location())
		last := first.AddDate(0, 0, -1)
		if last.After(after) {
			return last
		}
	}
}
func (m MonthlyLast) String() string { return fmt.Sprintf("last day of month %02d:00", m.Hour) }

type Job struct {
	Name string
	Rule Rule
}

type Run struct {
	At  time.Time
	Job string
}

func main() {
	start := time.Date(2024, 1, 29, 10, 0, 0, 0, time.UTC)
	jobs := []Job{
		{"backup", Every{36 * time.Hour, time.Date(2024, 1, 1, 2, 0, 0, 0, time.UTC)}},
		{"report", Weekly{time.Monday, 9, 30}},
		{"invoice", MonthlyLast{18}},
	}
	var runs []Run
	end := start.AddDate(0, 0, 35)
	for _, j := range jobs {
		for t := j.Rule.Next(start); t.Before(end); t = j.Rule.Next(t) {
			runs = append(runs, Run{t, j.Name})
		}
		fmt.Printf("%-8s %v\n", j.Name, j.Rule)
	}
	sort.Slice(runs, func(a, b int) bool {
		if !runs[a].At.Equal(runs[b].At) {
			return runs[a].At.Before(runs[b].At)
		}
		return runs[a].Job < runs[b].Job
	})
	counts := map[string]int{}
	for i, r := range runs {
		counts[r.Job]++
		if i < 8 || r.Job != "backup" {
			fmt.Printf("%s  %s\n", r.At.Format("Mon 2006-01-02 15:04"), r.Job)
		}
	}
	fmt.Println(counts["backup"], counts["report"], counts["invoice"], len(runs))
	gaps := []string{}
	for i := 1; i < len(runs) && i < 5; i++ {
		gaps = append(gaps, runs[i].At.Sub(runs[i-1].At).String())
	}
	fmt.Println(strings.Join(gaps, ", "))
}
