package main

import (
	"container/heap"
	"errors"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Normal
	Urgent
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case Urgent:
		return "URGENT"
	}
	return "?"
}

type Task struct {
	SKU      string
	Qty      int
	Pri      Priority
	seq      int
	attempts int
}

type taskQueue []*Task

func (q taskQueue) Len() int { return len(q) }
func (q taskQueue) Less(i, j int) bool {
	if q[i].Pri != q[j].Pri {
		return q[i].Pri > q[j].Pri
	}
	return q[i].seq < q[j].seq
}
func (q taskQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *taskQueue) Push(x any)   { *q = append(*q, x.(*Task)) }
func (q *taskQueue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

var ErrSupplierDown = errors.New("supplier unavailable")

type Supplier struct {
	Name     string
	capacity map[string]int
	downFor  int
}

func (s *Supplier) Order(t *Task) (int, error) {
	if s.downFor > 0 {
		s.downFor--
		return 0, fmt.Errorf("%s: %w", s.Name, ErrSupplierDown)
	}
	have := s.capacity[t.SKU]
	got := min(have, t.Qty)
	s.capacity[t.SKU] -= got
	return got, nil
}

type Restocker struct {
	q       taskQueue
	seq     int
	shelves map[string]int
	trace   []string
}

func (r *Restocker) Add(sku string, qty int, p Priority) {
	r.seq++
	heap.Push(&r.q, &Task{SKU: sku, Qty: qty, Pri: p, seq: r.seq})
}

func (r *Restocker) Run(s *Supplier, maxSteps int) {
	for step := 1; r.q.Len() > 0 && step <= maxSteps; step++ {
		t := heap.Pop(&r.q).(*Task)
		t.attempts++
		got, err := s.Order(t)
		switch {
		case errors.Is(err, ErrSupplierDown):
			r.trace = append(r.trace, fmt.Sprintf("%d:%s retry(%v)", step, t.SKU, err))
			if t.attempts < 3 {
				if t.Pri < Urgent {
					t.Pri++
				}
				heap.Push(&r.q, t)
			}
		case got < t.Qty:
			r.shelves[t.SKU] += got
			r.trace = append(r.trace, fmt.Sprintf("%d:%s partial %d/%d", step, t.SKU, got, t.Qty))
			if got > 0 {
				r.Add(t.SKU, t.Qty-got, Low)
			}
		default:
			r.shelves[t.SKU] += got
			r.trace = append(r.trace, fmt.Sprintf("%d:%s ok %d [%v]", step, t.SKU, got, t.Pri))
		}
	}
}

func main() {
	r := &Restocker{shelves: map[string]int{}}
	r.Add("milk", 20, Urgent)
	r.Add("bread", 10, Normal)
	r.Add("eggs", 30, Normal)
	r.Add("jam", 5, Low)
	r.Add("milk", 5, Low)
	sup := &Supplier{Name: "acme", capacity: map[string]int{"milk": 22, "bread": 100, "eggs": 12, "jam": 5}, downFor: 2}
	r.Run(sup, 20)
	for _, line := range r.trace {
		fmt.Println(line)
	}
	fmt.Println("left in queue:", r.q.Len())
	for r.q.Len() > 0 {
		t := heap.Pop(&r.q).(*Task)
		fmt.Printf("  %+v\n", *t)
	}
	fmt.Println("shelves:", r.shelves)
	fmt.Println("supplier:", sup.capacity)
	parts := strings.Fields("low normal URGENT")
	for i, p := range []Priority{Low, Normal, Urgent, 0} {
		if i < len(parts) {
			fmt.Printf("%v=%s ", p, parts[i])
		} else {
			fmt.Printf("%v(%d)\n", p, p)
		}
	}
}
