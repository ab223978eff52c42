package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Event struct {
	At    time.Time
	Name  string
	Every time.Duration
	index int
}

type Queue []*Event

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].At.Equal(q[j].At) {
		return q[i].Name < q[j].Name
	}
	return q[i].At.Before(q[j].At)
}
func (q Queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *Queue) Push(x any) {
	e := x.(*Event)
	e.index = len(*q)
	*q = append(*q, e)
}
func (q *Queue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	e.index = -1
	*q = old[:n-1]
	return e
}

type Scheduler struct {
	q   Queue
	now time.Time
	log []string
}

func (s *Scheduler) Add(name string, after, every time.Duration) {
	heap.Push(&s.q, &Event{At: s.now.Add(after), Name: name, Every: every})
}

func (s *Scheduler) RunUntil(end time.Time) {
	for s.q.Len() > 0 && !s.q[0].At.After(end) {
		e := heap.Pop(&s.q).(*Event)
		s.now = e.At
		s.log = append(s.log, fmt.Sprintf("%s %s", e.At.Format("15:04:05"), e.Name))
		if e.Every > 0 {
			e.At = e.At.Add(e.Every)
			heap.Push(&s.q, e)
		}
	}
}

func main() {
	start := time.Date(2024, 5, 1, 8, 0, 0, 0, time.UTC)
	s := &Scheduler{now: start}
	s.Add("backup", 90*time.Minute, 0)
	s.Add("heartbeat", 0, 20*time.Minute)
	s.Add("report", 45*time.Minute, time.Hour)
	s.Add("cleanup", 2*time.Hour, 0)
	s.RunUntil(start.Add(2 * time.Hour))
	fmt.Println(strings.Join(s.log, "\n"))
	fmt.Println("pending:", s.q.Len(), "now", s.now.Format(time.Kitchen))
	next := s.q[0]
	fmt.Printf("next: %s at %v (in %v)\n", next.Name, next.At.Format(time.RFC3339), next.At.Sub(s.now))
	d := 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds(), time.Duration(1500)*time.Microsecond)
	fmt.Println(start.Weekday(), start.YearDay(), start.AddDate(0, 1, -1).Format("Mon Jan _2 2006"))
	t2, err := time.Parse("2006-01-02 15:04", "2024-05-03 17:30")
	fmt.Println(t2, err, t2.Sub(start).Hours())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
}
