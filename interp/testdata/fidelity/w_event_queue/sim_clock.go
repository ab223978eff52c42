package main

import (
	"container/heap"
	"fmt"
	"time"
)

type Event struct {
	At   time.Duration
	Seq  int
	Name string
	Run  func(s *Sim)
}

type eventHeap []*Event

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	if h[i].At != h[j].At {
		return h[i].At < h[j].At
	}
	return h[i].Seq < h[j].Seq
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(*Event)) }
func (h *eventHeap) Pop() any {
	old := *h
	n := len(old)
	e := old[n-1]
	*h = old[:n-1]
	return e
}

type Sim struct {
	now    time.Duration
	seq    int
	queue  eventHeap
	log    []string
	served map[string]int
}

func (s *Sim) Schedule(after time.Duration, name string, run func(*Sim)) {
	s.seq++
	heap.Push(&s.queue, &Event{At: s.now + after, Seq: s.seq, Name: name, Run: run})
}

func (s *Sim) RunUntil(limit time.Duration) {
	for s.queue.Len() > 0 {
		e := heap.Pop(&s.queue).(*Event)
		if e.At > limit {
			s.log = append(s.log, fmt.Sprintf("stop before %s at %v", e.Name, e.At))
			return
		}
		s.now = e.At
		s.log = append(s.log, fmt.Sprintf("%8v %s", s.now, e.Name))
		if e.Run != nil {
			e.Run(s)
		}
	}
}

func customer(id int, service time.Duration) func(*Sim) {
	return func(s *Sim) {
		name := fmt.Sprintf("leave-%d", id)
		s.Schedule(service, name, func(s *Sim) {
			s.served[fmt.Sprintf("c%d", id%2)]++
		})
	}
}

func main() {
	s := &Sim{served: map[string]int{}}
	for i := 1; i <= 4; i++ {
		s.Schedule(time.Duration(i)*1500*time.Millisecond, fmt.Sprintf("arrive-%d", i), customer(i, time.Duration(5-i)*time.Second))
	}
	s.Schedule(3*time.Second, "tick", func(s *Sim) {
		s.Schedule(2*time.Second, "tock", nil)
	})
	s.RunUntil(6 * time.Second)
	for _, l := range s.log {
		fmt.Println(l)
	}
	fmt.Println("pending", s.queue.Len(), "served", s.served, "now", s.now)
	next := s.queue[0]
	fmt.Printf("next: %s at %v (seq %d) %T\n", next.Name, next.At, next.Seq, next.Run)
}
