package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Seq      int
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority < q[j].Priority
	}
	return q[i].Seq < q[j].Seq
}
func (q TaskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *TaskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}
func (q *TaskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

func (q *TaskQueue) update(t *Task, priority int) {
	t.Priority = priority
	heap.Fix(q, t.index)
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

func kSmallest(nums []int, k int) []int {
	h := &IntHeap{}
	heap.Init(h)
	for _, n := range nums {
		heap.Push(h, -n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]int, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = -heap.Pop(h).(int)
	}
	return out
}

func main() {
	q := TaskQueue{}
	names := strings.Split("write docs,fix bug,deploy,review PR,lunch,call mom", ",")
	prios := []int{3, 1, 2, 1, 5, 2}
	tasks := map[string]*Task{}
	for i, n := range names {
		t := &Task{Name: n, Priority: prios[i], Seq: i}
		tasks[n] = t
		heap.Push(&q, t)
	}
	fmt.Println("top:", q[0].Name, "len:", q.Len())
	q.update(tasks["lunch"], 0)
	heap.Remove(&q, tasks["deploy"].index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*Task)
		fmt.Printf("p%d #%d %s (index now %d)\n", t.Priority, t.Seq, t.Name, t.index)
	}

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6, 3}, 3))
}
