package main

import (
	"container/heap"
	"fmt"
	"sort"
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

// MaxHeap reuses IntHeap with reversed ordering via embedding.
type MaxHeap struct{ IntHeap }

func (h MaxHeap) Less(i, j int) bool { return h.IntHeap[i] > h.IntHeap[j] }

type RunningMedian struct {
	lo *MaxHeap
	hi *IntHeap
}

func NewRunningMedian() *RunningMedian {
	return &RunningMedian{lo: &MaxHeap{}, hi: &IntHeap{}}
}

func (r *RunningMedian) Add(x int) {
	if r.lo.Len() == 0 || x <= r.lo.IntHeap[0] {
		heap.Push(r.lo, x)
	} else {
		heap.Push(r.hi, x)
	}
	if r.lo.Len() > r.hi.Len()+1 {
		heap.Push(r.hi, heap.Pop(r.lo))
	} else if r.hi.Len() > r.lo.Len() {
		heap.Push(r.lo, heap.Pop(r.hi))
	}
}

func (r *RunningMedian) Median() float64 {
	if r.lo.Len() > r.hi.Len() {
		return float64(r.lo.IntHeap[0])
	}
	return float64(r.lo.IntHeap[0]+(*r.hi)[0]) / 2
}

func kSmallest(xs []int, k int) []int {
	h := &MaxHeap{}
	for _, x := range xs {
		heap.Push(h, x)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := append([]int(nil), h.IntHeap...)
	sort.Ints(out)
	return out
}

func main() {
	rm := NewRunningMedian()
	data := []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2}
	for _, x := range data {
		rm.Add(x)
		fmt.Printf("add %2d median %.1f\n", x, rm.Median())
	}
	fmt.Println(kSmallest(data, 4))
	h := &IntHeap{9, 4, 7, 1}
	heap.Init(h)
	(*h)[2] = 0
	heap.Fix(h, 2)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
}
