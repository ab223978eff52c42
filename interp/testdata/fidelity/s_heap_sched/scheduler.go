package main

import (
	"container/heap"
	"fmt"
	"time"
)

type Task struct {
	Name     string
	Priority int
	Due      time.Duration
	seq      int
}

type taskHeap []Task

func (h taskHeap) Len() int { return len(h) }
func (h taskHeap) Less(i, j int) bool {
	a, b := h[i], h[j]
	switch {
	case a.Priority != b.Priority:
		return a.Priority > b.Priority
	case a.Due != b.Due:
		return a.Due < b.Due
	}
	return a.seq < b.seq
}
func (h taskHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *taskHeap) Push(x any)   { *h = append(*h, x.(Task)) }
func (h *taskHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}

type Scheduler struct {
	h   taskHeap
	seq int
	log []string
}

func (s *Scheduler) Add(name string, pri int, due time.Duration) {
	s.seq++
	heap.Push(&s.h, Task{name, pri, due, s.seq})
}

func (s *Scheduler) RunUntil(budget time.Duration) {
	var clock time.Duration
	for s.h.Len() > 0 {
		t := heap.Pop(&s.h).(Task)
		cost := time.Duration(len(t.Name)) * 10 * time.Millisecond
		if clock+cost > budget {
			s.log = append(s.log, fmt.Sprintf("deferred %s", t.Name))
			continue
		}
		clock += cost
		late := ""
		if clock > t.Due {
			late = fmt.Sprintf(" (late by %v)", clock-t.Due)
		}
		s.log = append(s.log, fmt.Sprintf("%6v %-8s p=%d%s", clock, t.Name, t.Priority, late))
	}
}

func main() {
	var s Scheduler
	s.Add("backup", 1, 500*time.Millisecond)
	s.Add("email", 3, 50*time.Millisecond)
	s.Add("report", 2, 200*time.Millisecond)
	s.Add("alert", 3, 30*time.Millisecond)
	s.Add("cleanup", 1, time.Second)
	s.Add("index", 2, 200*time.Millisecond)
	s.Add("sms", 3, 50*time.Millisecond)
	s.RunUntil(300 * time.Millisecond)
	for _, l := range s.log {
		fmt.Println(l)
	}
	h := &taskHeap{}
	heap.Init(h)
	fmt.Println(h.Len(), time.Duration(1500)*time.Microsecond, (90 * time.Minute).Hours())
}
