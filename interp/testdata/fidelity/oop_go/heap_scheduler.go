package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	Deadline int
	index    int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority == q[j].Priority {
		return q[i].Deadline < q[j].Deadline
	}
	return q[i].Priority > q[j].Priority
}
func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *JobQueue) Push(x interface{}) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *JobQueue) Pop() interface{} {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

func (q *JobQueue) update(j *Job, prio int) {
	j.Priority = prio
	heap.Fix(q, j.index)
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
	for _, n := range nums {
		heap.Push(h, n)
	}
	var out []int
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(h).(int))
	}
	return out
}

func main() {
	jobs := map[string]*Job{}
	q := make(JobQueue, 0)
	heap.Init(&q)
	specs := []string{"build:2:10", "test:2:5", "deploy:1:20", "lint:3:30", "docs:0:50", "bench:1:15"}
	for _, s := range specs {
		var name string
		var p, d int
		parts := strings.Split(s, ":")
		name = parts[0]
		fmt.Sscan(parts[1], &p)
		fmt.Sscan(parts[2], &d)
		j := &Job{Name: name, Priority: p, Deadline: d}
		jobs[name] = j
		heap.Push(&q, j)
	}
	q.update(jobs["docs"], 5)
	q.update(jobs["lint"], 0)
	for q.Len() > 0 {
		j := heap.Pop(&q).(*Job)
		fmt.Printf("%-7s prio=%d deadline=%2d idx=%d\n", j.Name, j.Priority, j.Deadline, j.index)
	}
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 6, 3, 5}, 4))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("min: %d len: %d\n", (*h)[0], h.Len())
	heap.Remove(h, 1)
	fmt.Println(*h)
}
