package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Meeting struct {
	Name       string
	Start, End int
}

type endHeap []int

func (h endHeap) Len() int           { return len(h) }
func (h endHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h endHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *endHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func roomsNeeded(ms []Meeting) int {
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	h := &endHeap{}
	for _, m := range ms {
		if h.Len() > 0 && (*h)[0] <= m.Start {
			heap.Pop(h)
		}
		heap.Push(h, m.End)
	}
	return h.Len()
}

func conflicts(ms []Meeting) [][2]string {
	var out [][2]string
	for i := 0; i < len(ms); i++ {
		for j := i + 1; j < len(ms); j++ {
			if ms[i].Start < ms[j].End && ms[j].Start < ms[i].End {
				out = append(out, [2]string{ms[i].Name, ms[j].Name})
			}
		}
	}
	return out
}

func main() {
	ms := []Meeting{
		{"standup", 900, 915}, {"design", 930, 1100}, {"1:1", 1000, 1030},
		{"lunch", 1200, 1300}, {"review", 1045, 1200}, {"sync", 1030, 1045},
	}

	fmt.Println("rooms needed:", roomsNeeded(ms))
	for _, c := range conflicts(ms) {
		fmt.Println("conflict:", c[0], "vs", c[1])
	}
	fmt.Println(ms[0], ms[len(ms)-1])
}
