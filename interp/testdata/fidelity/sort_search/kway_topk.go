// Top-k with a bounded min-heap of ints (IntHeap from the docs) and a
// k-way merge of sorted runs, checked against slices.Sort.
package main

import (
	"container/heap"
	"fmt"
	"slices"
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
	*h = old[0 : n-1]
	return x
}

func topK(xs []int, k int) []int {
	h := &IntHeap{}
	for _, x := range xs {
		if h.Len() < k {
			heap.Push(h, x)
		} else if x > (*h)[0] {
			(*h)[0] = x
			heap.Fix(h, 0)
		}
	}
	out := make([]int, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(int)
	}
	return out
}

type cursor struct {
	run, pos int
}

type mergeHeap struct {
	runs [][]int
	cur  []cursor
}

func (m *mergeHeap) Len() int { return len(m.cur) }
func (m *mergeHeap) Less(i, j int) bool {
	a, b := m.cur[i], m.cur[j]
	return m.runs[a.run][a.pos] < m.runs[b.run][b.pos]
}
func (m *mergeHeap) Swap(i, j int) { m.cur[i], m.cur[j] = m.cur[j], m.cur[i] }
func (m *mergeHeap) Push(x any)    { m.cur = append(m.cur, x.(cursor)) }
func (m *mergeHeap) Pop() any {
	x := m.cur[len(m.cur)-1]
	m.cur = m.cur[:len(m.cur)-1]
	return x
}

func mergeRuns(runs [][]int) []int {
	m := &mergeHeap{runs: runs}
	for i, r := range runs {
		if len(r) > 0 {
			m.cur = append(m.cur, cursor{i, 0})
		}
	}
	heap.Init(m)
	var out []int
	for m.Len() > 0 {
		c := m.cur[0]
		out = append(out, runs[c.run][c.pos])
		if c.pos+1 < len(runs[c.run]) {
			m.cur[0].pos++
			heap.Fix(m, 0)
		} else {
			heap.Pop(m)
		}
	}
	return out
}

func main() {
	data := []int{42, 7, 19, 88, 3, 56, 91, 23, 64, 11, 75, 38, 99, 5, 47}
	fmt.Println(topK(data, 4))
	fmt.Println(topK(data, 1), topK([]int{2, 1}, 5))

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("min: %d len: %d\n", (*h)[0], h.Len())
	var popped []int
	for h.Len() > 0 {
		popped = append(popped, heap.Pop(h).(int))
	}
	fmt.Println(popped)

	var runs [][]int
	for i := 0; i < len(data); i += 4 {
		run := slices.Clone(data[i:min(i+4, len(data))])
		sort.Ints(run)
		runs = append(runs, run)
	}
	runs = append(runs, nil)
	fmt.Println(runs)
	merged := mergeRuns(runs)
	want := slices.Clone(data)
	slices.Sort(want)
	fmt.Println(merged)
	fmt.Println(slices.Equal(merged, want), len(merged))
}
