package main

import (
	"container/heap"
	"fmt"
	"math/rand"
)

type EventKind int

const (
	Arrival EventKind = iota
	Departure
)

type Event struct {
	Time     float64
	Kind     EventKind
	Customer int
	Teller   int
}

type EventQueue []Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time == q[j].Time {
		return q[i].Customer < q[j].Customer
	}
	return q[i].Time < q[j].Time
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQueue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Sim struct {
	rng      *rand.Rand
	events   EventQueue
	busy     []bool
	line     []int
	arrived  map[int]float64
	waits    []float64
	served   []int
	maxQueue int
}

func (s *Sim) schedule(e Event) { heap.Push(&s.events, e) }

func (s *Sim) startService(now float64, cust, teller int) {
	s.busy[teller] = true
	s.waits = append(s.waits, now-s.arrived[cust])
	s.served[teller]++
	s.schedule(Event{now + 2 + s.rng.ExpFloat64()*4, Departure, cust, teller})
}

func (s *Sim) Run(customers int) {
	t := 0.0
	for c := 0; c < customers; c++ {
		t += s.rng.ExpFloat64() * 2
		s.schedule(Event{Time: t, Kind: Arrival, Customer: c})
	}
	for s.events.Len() > 0 {
		e := heap.Pop(&s.events).(Event)
		switch e.Kind {
		case Arrival:
			s.arrived[e.Customer] = e.Time
			free := -1
			for i, b := range s.busy {
				if !b {
					free = i
					break
				}
			}
			if free >= 0 {
				s.startService(e.Time, e.Customer, free)
			} else {
				s.line = append(s.line, e.Customer)
				s.maxQueue = max(s.maxQueue, len(s.line))
			}
		case Departure:
			s.busy[e.Teller] = false
			if len(s.line) > 0 {
				next := s.line[0]
				s.line = s.line[1:]
				s.startService(e.Time, next, e.Teller)
			}
			if e.Customer%10 == 0 {
				fmt.Printf("t=%7.2f customer %2d leaves teller %d\n", e.Time, e.Customer, e.Teller)
			}
		}
	}
}

func main() {
	for _, tellers := range []int{1, 2, 3} {
		s := &Sim{
			rng:     rand.New(rand.NewSource(5)),
			busy:    make([]bool, tellers),
			served:  make([]int, tellers),
			arrived: map[int]float64{},
		}
		fmt.Printf("== %d teller(s)\n", tellers)
		s.Run(40)
		total, worst := 0.0, 0.0
		for _, w := range s.waits {
			total += w
			worst = max(worst, w)
		}
		fmt.Printf("avg wait %.2f, worst %.2f, max queue %d, served %v\n", total/float64(len(s.waits)), worst, s.maxQueue, s.served)
	}
}
