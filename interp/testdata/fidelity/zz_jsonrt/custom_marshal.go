package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

var prioNames = []string{"low", "medium", "high"}

func (p Priority) String() string { return prioNames[p] }
func (p Priority) MarshalText() ([]byte, error) {
	if p < 0 || int(p) >= len(prioNames) {
		return nil, fmt.Errorf("bad priority %d", int(p))
	}
	return []byte(prioNames[p]), nil
}
func (p *Priority) UnmarshalText(b []byte) error {
	for i, n := range prioNames {
		if strings.EqualFold(n, string(b)) {
			*p = Priority(i)
			return nil
		}
	}
	return fmt.Errorf("unknown priority %q", b)
}

type Day struct{ time.Time }

func (d Day) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.Format("2006-01-02"))
}
func (d *Day) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return fmt.Errorf("day: %w", err)
	}
	d.Time = t
	return nil
}

type Task struct {
	Title    string              `json:"title"`
	Priority Priority            `json:"priority"`
	Due      Day                 `json:"due"`
	ByPrio   map[Priority]string `json:"by_prio,omitempty"`
	Done     *bool               `json:"done"`
}

func main() {
	yes := true
	tasks := []Task{
		{"write report", High, Day{time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)}, nil, &yes},
		{"water plants", Low, Day{time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}, map[Priority]string{Medium: "m", High: "h"}, nil},
	}
	out, err := json.MarshalIndent(tasks, "", " ")
	fmt.Println(string(out), err)

	in := `[{"title":"a","priority":"MEDIUM","due":"2024-12-24","done":false},
	        {"title":"b","priority":"urgent","due":"2024-12-25"}]`
	var got []Task
	err = json.Unmarshal([]byte(in), &got)
	fmt.Println("err:", err)
	for _, t := range got {
		done := "<nil>"
		if t.Done != nil {
			done = fmt.Sprint(*t.Done)
		}
		fmt.Printf("%s %v %s %s\n", t.Title, t.Priority, t.Due.Format("Jan 2"), done)
	}
	var one Task
	err = json.Unmarshal([]byte(`{"due":"24/12/2024"}`), &one)
	var pe *time.ParseError
	fmt.Println(err, errors.As(err, &pe))
	_, err = json.Marshal(Task{Priority: 7})
	fmt.Println(err)
	var mp map[Priority]int
	fmt.Println(json.Unmarshal([]byte(`{"low":1,"HIGH":3}`), &mp), mp[High], len(mp))
}
