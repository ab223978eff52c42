package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Seq < q[j].Seq
}
func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *JobQueue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

type Scheduler struct {
	q    JobQueue
	seq  int
	byID map[string]*Job
}

func (s *Scheduler) Submit(name string, prio int) {
	s.seq++
	j := &Job{Name: name, Priority: prio, Seq: s.seq}
	heap.Push(&s.q, j)
	s.byID[name] = j
}

func (s *Scheduler) Bump(name string, delta int) bool {
	j, ok := s.byID[name]
	if !ok || j.index < 0 {
		return false
	}
	j.Priority += delta
	heap.Fix(&s.q, j.index)
	return true
}

func (s *Scheduler) Cancel(name string) bool {
	j, ok := s.byID[name]
	if !ok || j.index < 0 {
		return false
	}
	heap.Remove(&s.q, j.index)
	delete(s.byID, name)
	return true
}

func main() {
	s := &Scheduler{byID: map[string]*Job{}}
	for i, n := range strings.Fields("backup email index report thumbs cleanup") {
		s.Submit(n, i%3)
	}
	fmt.Println("bump report:", s.Bump("report", 5), "bump nope:", s.Bump("nope", 1))
	fmt.Println("cancel index:", s.Cancel("index"), "again:", s.Cancel("index"))
	s.Submit("urgent", 4)
	top := s.q[0]
	fmt.Printf("peek: %s p=%d idx=%d\n", top.Name, top.Priority, top.index)
	var order []string
	for s.q.Len() > 0 {
		j := heap.Pop(&s.q).(*Job)
		order = append(order, fmt.Sprintf("%s(%d,#%d)", j.Name, j.Priority, j.Seq))
		if j.Name == "urgent" {
			s.Submit("followup", 9)
		}
	}
	fmt.Println(strings.Join(order, " > "))
	fmt.Println(s.Bump("backup", 1), s.byID["backup"].index)
	ints := &IntHeap{5, 2, 8}
	heap.Init(ints)
	heap.Push(ints, 1)
	for ints.Len() > 0 {
		fmt.Print(heap.Pop(ints), " ")
	}
	fmt.Println()
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
