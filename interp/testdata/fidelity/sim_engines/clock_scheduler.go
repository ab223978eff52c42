package main

import (
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	Name     string
	Period   int
	Cost     int
	Priority int
	next     int
	runs     int
	missed   int
}

type Scheduler struct {
	tick  int
	tasks []*Task
	trace strings.Builder
	busy  int
}

func (s *Scheduler) Add(t *Task) { s.tasks = append(s.tasks, t) }

func (s *Scheduler) ready() []*Task {
	var r []*Task
	for _, t := range s.tasks {
		if t.next <= s.tick {
			r = append(r, t)
		}
	}
	sort.Slice(r, func(i, j int) bool {
		if r[i].Priority != r[j].Priority {
			return r[i].Priority > r[j].Priority
		}
		return r[i].Name < r[j].Name
	})
	return r
}

func (s *Scheduler) Step() {
	defer func() { s.tick++ }()
	if s.busy > 0 {
		s.busy--
		s.trace.WriteByte('=')
		return
	}
	r := s.ready()
	if len(r) == 0 {
		s.trace.WriteByte('.')
		return
	}
	t := r[0]
	for _, other := range r[1:] {
		if s.tick-other.next >= other.Period {
			other.missed++
			other.next += other.Period
		}
	}
	t.runs++
	t.next += t.Period
	s.busy = t.Cost - 1
	s.trace.WriteString(t.Name[:1])
}

func main() {
	s := &Scheduler{}
	s.Add(&Task{Name: "sensor", Period: 5, Cost: 1, Priority: 3})
	s.Add(&Task{Name: "logger", Period: 10, Cost: 3, Priority: 1})
	s.Add(&Task{Name: "control", Period: 4, Cost: 2, Priority: 2})
	s.Add(&Task{Name: "heartbeat", Period: 25, Cost: 1, Priority: 5})
	for i := 0; i < 60; i++ {
		s.Step()
	}
	tr := s.trace.String()
	for i := 0; i < len(tr); i += 20 {
		end := i + 20
		if end > len(tr) {
			end = len(tr)
		}
		fmt.Printf("%3d | %s\n", i, tr[i:end])
	}
	util := 0
	for _, c := range tr {
		if c != '.' {
			util++
		}
	}
	fmt.Printf("utilisation %d/%d = %.1f%%\n", util, len(tr), 100*float64(util)/float64(len(tr)))
	for _, t := range s.tasks {
		fmt.Printf("%-10s runs=%2d missed=%d next=%d\n", t.Name, t.runs, t.missed, t.next)
	}
}
