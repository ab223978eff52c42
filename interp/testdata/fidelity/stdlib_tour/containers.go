package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Task struct {
	name     string
	priority int
	index    int
}

type TaskQueue []*Task

func (q TaskQueue) Len() int { return len(q) }
func (q TaskQueue) Less(i, j int) bool {
	if q[i].priority == q[j].priority {
		return q[i].name < q[j].name
	}
	return q[i].priority > q[j].priority
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
	t := old[len(old)-1]
	old[len(old)-1] = nil
	t.index = -1
	*q = old[:len(old)-1]
	return t
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("min: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	q := TaskQueue{}
	tasks := map[string]*Task{}
	for i, n := range []string{"write", "test", "deploy", "review", "plan"} {
		t := &Task{name: n, priority: i % 3}
		tasks[n] = t
		heap.Push(&q, t)
	}
	tasks["deploy"].priority = 10
	heap.Fix(&q, tasks["deploy"].index)
	heap.Remove(&q, tasks["test"].index)
	for q.Len() > 0 {
		t := heap.Pop(&q).(*Task)
		fmt.Printf("%s(%d) ", t.name, t.priority)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.PushBackList(l)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
	l.MoveToBack(e1)
	l.Remove(e4)
	var parts []string
	for e := l.Back(); e != nil; e = e.Prev() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	fmt.Println(strings.Join(parts, "<-"))

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * 10
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	removed := r.Unlink(2)
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("after unlink:", r.Len(), removed.Len(), sum)
	r.Link(removed)
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
}
