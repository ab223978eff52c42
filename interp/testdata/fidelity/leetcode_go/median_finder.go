package main

import (
	"container/heap"
	"fmt"
)

type IntHeap struct {
	data []int
	less func(a, b int) bool
}

func (h IntHeap) Len() int           { return len(h.data) }
func (h IntHeap) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h IntHeap) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *IntHeap) Push(x any)        { h.data = append(h.data, x.(int)) }
func (h *IntHeap) Pop() any {
	n := len(h.data)
	v := h.data[n-1]
	h.data = h.data[:n-1]
	return v
}
func (h *IntHeap) Peek() int { return h.data[0] }

type MedianFinder struct {
	low  *IntHeap // max-heap
	high *IntHeap // min-heap
}

func NewMedianFinder() *MedianFinder {
	return &MedianFinder{
		low:  &IntHeap{less: func(a, b int) bool { return a > b }},
		high: &IntHeap{less: func(a, b int) bool { return a < b }},
	}
}

func (m *MedianFinder) AddNum(num int) {
	heap.Push(m.low, num)
	heap.Push(m.high, heap.Pop(m.low))
	if m.high.Len() > m.low.Len() {
		heap.Push(m.low, heap.Pop(m.high))
	}
}

func (m *MedianFinder) FindMedian() float64 {
	if m.low.Len() > m.high.Len() {
		return float64(m.low.Peek())
	}
	return float64(m.low.Peek()+m.high.Peek()) / 2.0
}

func main() {
	mf := NewMedianFinder()
	stream := []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2}
	for _, n := range stream {
		mf.AddNum(n)
		fmt.Printf("add %2d -> median %.1f (low=%d high=%d)\n", n, mf.FindMedian(), mf.low.Len(), mf.high.Len())
	}
	fmt.Printf("%v %g\n", mf.FindMedian(), mf.FindMedian())
}
