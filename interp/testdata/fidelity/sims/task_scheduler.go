package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Task struct {
	Name     string
	Priority int
	Duration time.Duration
	Deps     []string
	index    int
}

type readyQueue []*Task

func (q readyQueue) Len() int { return len(q) }
func (q readyQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Name < q[j].Name
}
func (q readyQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *readyQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *readyQueue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

type Worker struct {
	ID     int
	FreeAt time.Duration
	Done   []string
}

func main() {
	tasks := []*Task{
		{Name: "fetch", Priority: 5, Duration: 3 * time.Second},
		{Name: "parse", Priority: 4, Duration: 2 * time.Second, Deps: []string{"fetch"}},
		{Name: "lint", Priority: 1, Duration: time.Second},
		{Name: "build", Priority: 9, Duration: 5 * time.Second, Deps: []string{"parse", "lint"}},
		{Name: "docs", Priority: 2, Duration: 4 * time.Second, Deps: []string{"parse"}},
		{Name: "test", Priority: 8, Duration: 3 * time.Second, Deps: []string{"build"}},
		{Name: "ship", Priority: 10, Duration: time.Second, Deps: []string{"test", "docs"}},
	}
	remaining := map[string]int{}
	dependents := map[string][]*Task{}
	for _, t := range tasks {
		remaining[t.Name] = len(t.Deps)
		for _, d := range t.Deps {
			dependents[d] = append(dependents[d], t)
		}
	}
	q := &readyQueue{}
	for _, t := range tasks {
		if remaining[t.Name] == 0 {
			heap.Push(q, t)
		}
	}
	workers := []*Worker{{ID: 1}, {ID: 2}}
	finish := map[string]time.Duration{}
	var timeline []string
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		start := time.Duration(0)
		for _, d := range t.Deps {
			start = max(start, finish[d])
		}
		w := workers[0]
		for _, cand := range workers[1:] {
			if cand.FreeAt < w.FreeAt {
				w = cand
			}
		}
		start = max(start, w.FreeAt)
		end := start + t.Duration
		w.FreeAt, finish[t.Name] = end, end
		w.Done = append(w.Done, t.Name)
		timeline = append(timeline, fmt.Sprintf("%-5s w%d %4v..%v", t.Name, w.ID, start, end))
		for _, dep := range dependents[t.Name] {
			remaining[dep.Name]--
			if remaining[dep.Name] == 0 {
				heap.Push(q, dep)
			}
		}
	}
	fmt.Println(strings.Join(timeline, "\n"))
	for _, w := range workers {
		fmt.Printf("worker %d: %v (busy until %v)\n", w.ID, w.Done, w.FreeAt)
	}
	fmt.Println("makespan:", max(workers[0].FreeAt, workers[1].FreeAt))
}
