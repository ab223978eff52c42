package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type Shift struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

func (s Shift) Hours() float64 { return s.End.Sub(s.Start).Hours() }

type Worker struct {
	Name   string  `json:"name"`
	Rate   float64 `json:"rate"`
	Shifts []Shift `json:"shifts,omitempty"`
	Notes  string  `json:"-"`
}

type Summary struct {
	Name     string        `json:"name"`
	Hours    float64       `json:"hours"`
	Overtime float64       `json:"overtime,omitempty"`
	Pay      float64       `json:"pay"`
	Longest  time.Duration `json:"longest_ns"`
}

func summarize(w Worker) Summary {
	s := Summary{Name: w.Name}
	for _, sh := range w.Shifts {
		s.Hours += sh.Hours()
		if d := sh.End.Sub(sh.Start); d > s.Longest {
			s.Longest = d
		}
	}
	regular := s.Hours
	if s.Hours > 40 {
		s.Overtime = s.Hours - 40
		regular = 40
	}
	s.Pay = regular*w.Rate + s.Overtime*w.Rate*1.5
	return s
}

func main() {
	day := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	at := func(d int, h, m int) time.Time {
		return day.AddDate(0, 0, d).Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	workers := []Worker{
		{Name: "Ana", Rate: 22.5, Shifts: []Shift{{at(0, 9, 0), at(0, 17, 30)}, {at(1, 9, 0), at(1, 19, 0)}, {at(2, 8, 0), at(2, 20, 15)}, {at(3, 9, 0), at(3, 17, 0)}, {at(4, 7, 30), at(4, 16, 0)}}},
		{Name: "Ben", Rate: 18, Shifts: []Shift{{at(0, 12, 0), at(0, 18, 0)}, {at(2, 12, 0), at(2, 16, 45)}}, Notes: "part time"},
		{Name: "Cleo", Rate: 30},
	}
	var sums []Summary
	for _, w := range workers {
		sums = append(sums, summarize(w))
	}
	sort.SliceStable(sums, func(i, j int) bool { return sums[i].Pay > sums[j].Pay })

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\thours\tovertime\tpay\tlongest\t")
	for _, s := range sums {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%v\t\n", s.Name, s.Hours, s.Overtime, s.Pay, s.Longest)
	}
	tw.Flush()

	out, err := json.MarshalIndent(sums[:2], "", "  ")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(out))

	raw, _ := json.Marshal(workers[1])
	fmt.Println(string(raw))
	var back Worker
	if err := json.Unmarshal(raw, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%s %.1f %d %q %v\n", back.Name, back.Rate, len(back.Shifts), back.Notes, back.Shifts[1].Hours())
	r := strings.NewReplacer("Ana", "A.", "Ben", "B.")
	fmt.Println(r.Replace("Ana and Ben and Cleo"))
	var bad Worker
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println(err)
}
