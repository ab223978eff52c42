package main

import (
	"container/heap"
	"fmt"
	"time"
)

type Event struct {
	At     time.Duration
	Name   string
	Action func(*Sim)
}

type eventHeap []Event

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	return h[i].At < h[j].At || h[i].At == h[j].At && h[i].Name < h[j].Name
}
func (h eventHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)        { *h = append(*h, x.(Event)) }
func (h *eventHeap) Pop() (popped any) { n := len(*h) - 1; popped, *h = (*h)[n], (*h)[:n]; return }

type Sim struct {
	now    time.Duration
	events eventHeap
	queue  []int
	served int
	busy   bool
	trace  []string
}

func (s *Sim) At(d time.Duration, name string, f func(*Sim)) {
	heap.Push(&s.events, Event{s.now + d, name, f})
}

func (s *Sim) logf(format string, args ...any) {
	s.trace = append(s.trace, fmt.Sprintf("[%6v] ", s.now)+fmt.Sprintf(format, args...))
}

func (s *Sim) Run(until time.Duration) {
	for s.events.Len() > 0 {
		e := heap.Pop(&s.events).(Event)
		if e.At > until {
			s.logf("stop, next would be %s at %v", e.Name, e.At)
			return
		}
		s.now = e.At
		e.Action(s)
	}
}

func arrival(id int) func(*Sim) {
	return func(s *Sim) {
		s.queue = append(s.queue, id)
		s.logf("customer %d arrives (queue %d)", id, len(s.queue))
		if !s.busy {
			startService(s)
		}
	}
}

func startService(s *Sim) {
	if len(s.queue) == 0 {
		s.busy = false
		return
	}
	id := s.queue[0]
	s.queue = s.queue[1:]
	s.busy = true
	d := time.Duration(2+id%3) * time.Minute
	s.logf("serving %d for %v", id, d)
	s.At(d, fmt.Sprintf("done-%d", id), func(s *Sim) {
		s.served++
		s.logf("done %d", id)
		startService(s)
	})
}

func main() {
	s := &Sim{}
	gaps := []int{0, 1, 1, 5, 1, 0, 2}
	t := time.Duration(0)
	for i, g := range gaps {
		t += time.Duration(g) * time.Minute
		s.At(t, fmt.Sprintf("arrive-%d", i), arrival(i))
	}
	s.Run(15 * time.Minute)
	for _, line := range s.trace {
		fmt.Println(line)
	}
	fmt.Println("served:", s.served, "waiting:", s.queue, "pending events:", s.events.Len())
}
