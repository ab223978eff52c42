package main

import (
	"container/heap"
	"fmt"
)

type Event struct {
	Time  int
	Seq   int
	Kind  string
	Actor string
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time != q[j].Time {
		return q[i].Time < q[j].Time
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(*Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	*q = old[:n-1]
	return e
}

type Sim struct {
	now   int
	seq   int
	queue EventQueue
	stats map[string]int
}

func (s *Sim) Schedule(delay int, kind, actor string) {
	s.seq++
	heap.Push(&s.queue, &Event{Time: s.now + delay, Seq: s.seq, Kind: kind, Actor: actor})
}

func (s *Sim) Run(until int) {
	for s.queue.Len() > 0 {
		e := heap.Pop(&s.queue).(*Event)
		if e.Time > until {
			fmt.Println("stopping; next event at", e.Time)
			return
		}
		s.now = e.Time
		s.stats[e.Kind]++
		s.handle(e)
	}
}

func (s *Sim) handle(e *Event) {
	fmt.Printf("[%3d] %-8s %s\n", s.now, e.Kind, e.Actor)
	switch e.Kind {
	case "arrive":
		s.Schedule(len(e.Actor)*2, "order", e.Actor)
	case "order":
		s.Schedule(5, "serve", e.Actor)
	case "serve":
		s.Schedule(7+len(e.Actor)%3, "leave", e.Actor)
	case "leave":
		if e.Actor == "bob" {
			s.Schedule(20, "arrive", "bob")
		}
	}
}

func main() {
	s := &Sim{stats: map[string]int{}}
	heap.Init(&s.queue)
	for i, name := range []string{"alice", "bob", "carol", "dave"} {
		s.Schedule(i*3, "arrive", name)
	}
	s.Run(60)
	fmt.Println("time:", s.now, "pending:", s.queue.Len())
	for _, k := range []string{"arrive", "order", "serve", "leave"} {
		fmt.Printf("%s=%d ", k, s.stats[k])
	}
	fmt.Println()

	h := &EventQueue{}
	for i, t := range []int{5, 1, 9, 1, 3} {
		heap.Push(h, &Event{Time: t, Seq: i})
	}
	for h.Len() > 0 {
		e := heap.Pop(h).(*Event)
		fmt.Print(e.Time, ":", e.Seq, " ")
	}
	fmt.Println()
}
