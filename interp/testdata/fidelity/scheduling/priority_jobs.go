package main

import (
	"container/heap"
	"fmt"
)

type Job struct {
	Name     string
	Priority int
	seq      int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].seq < q[j].seq
}
func (q JobQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *JobQueue) Push(x any)   { *q = append(*q, x.(*Job)) }
func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	*q = old[:n-1]
	return j
}

type Scheduler struct {
	q   JobQueue
	seq int
}

func (s *Scheduler) Submit(name string, prio int) {
	s.seq++
	heap.Push(&s.q, &Job{name, prio, s.seq})
}

func (s *Scheduler) Next() (*Job, bool) {
	if s.q.Len() == 0 {
		return nil, false
	}
	return heap.Pop(&s.q).(*Job), true
}

func main() {
	var s Scheduler
	s.Submit("backup", 1)
	s.Submit("email", 5)
	s.Submit("report", 3)
	s.Submit("alert", 9)
	s.Submit("cleanup", 1)
	s.Submit("billing", 5)

	for i := 0; i < 3; i++ {
		j, _ := s.Next()
		fmt.Printf("run %-8s prio %d\n", j.Name, j.Priority)
	}

	s.Submit("hotfix", 10)
	for {
		j, ok := s.Next()
		if !ok {
			break
		}
		fmt.Printf("run %-8s prio %d seq %d\n", j.Name, j.Priority, j.seq)
	}
}
