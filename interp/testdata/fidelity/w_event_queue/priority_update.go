package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Urgent
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	case Urgent:
		return "URGENT"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Ticket struct {
	ID    string
	Prio  Priority
	Age   int
	index int
}

type Queue []*Ticket

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].Prio != q[j].Prio {
		return q[i].Prio > q[j].Prio
	}
	return q[i].Age > q[j].Age
}
func (q Queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *Queue) Push(x any) {
	t := x.(*Ticket)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *Queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func (q *Queue) Escalate(t *Ticket) {
	if t.Prio < Urgent {
		t.Prio++
	}
	heap.Fix(q, t.index)
}

func main() {
	byID := map[string]*Ticket{}
	q := &Queue{}
	for i, spec := range []string{"db:2", "ui:0", "api:1", "docs:0", "auth:3", "cache:1"} {
		id, p, _ := strings.Cut(spec, ":")
		t := &Ticket{ID: id, Prio: Priority(p[0] - '0'), Age: i}
		byID[id] = t
		heap.Push(q, t)
	}
	q.Escalate(byID["docs"])
	q.Escalate(byID["docs"])
	q.Escalate(byID["cache"])
	fmt.Printf("%v %d %s\n", byID["docs"].Prio, byID["docs"].Prio, Priority(7))
	fmt.Printf("%+v\n", *byID["api"])
	for q.Len() > 0 {
		t := heap.Pop(q).(*Ticket)
		fmt.Printf("%-6s %-8v age=%d idx=%d\n", t.ID, t.Prio, t.Age, t.index)
	}
	prios := map[Priority][]string{}
	for _, t := range byID {
		prios[t.Prio] = append(prios[t.Prio], t.ID)
	}
	for p := Urgent; p >= Low; p-- {
		ids := prios[p]
		for i := 1; i < len(ids); i++ {
			for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
				ids[j], ids[j-1] = ids[j-1], ids[j]
			}
		}
		fmt.Printf("%q: %q\n", p, ids)
	}
}
