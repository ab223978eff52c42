package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// Max-heap in the style of many published solutions: embed sort.IntSlice
// and override Less.
type hp struct{ sort.IntSlice }

func (h hp) Less(i, j int) bool { return h.IntSlice[i] > h.IntSlice[j] }
func (h *hp) Push(v any)        { h.IntSlice = append(h.IntSlice, v.(int)) }
func (h *hp) Pop() any {
	a := h.IntSlice
	v := a[len(a)-1]
	h.IntSlice = a[:len(a)-1]
	return v
}

// Min-heap that keeps the embedded Less.
type minHp struct{ sort.IntSlice }

func (h *minHp) Push(v any) { h.IntSlice = append(h.IntSlice, v.(int)) }
func (h *minHp) Pop() any {
	a := h.IntSlice
	v := a[len(a)-1]
	h.IntSlice = a[:len(a)-1]
	return v
}

func lastStoneWeight(stones []int) int {
	q := &hp{stones}
	heap.Init(q)
	for q.Len() > 1 {
		x, y := heap.Pop(q).(int), heap.Pop(q).(int)
		if x > y {
			heap.Push(q, x-y)
		}
	}
	if q.Len() > 0 {
		return q.IntSlice[0]
	}
	return 0
}

func findKthLargest(nums []int, k int) int {
	h := &minHp{}
	for _, n := range nums {
		heap.Push(h, n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	return h.IntSlice[0]
}

type pairHeap [][2]int

func (p pairHeap) Len() int            { return len(p) }
func (p pairHeap) Less(i, j int) bool  { return p[i][0]+p[i][1] < p[j][0]+p[j][1] }
func (p pairHeap) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *pairHeap) Push(x interface{}) { *p = append(*p, x.([2]int)) }
func (p *pairHeap) Pop() interface{} {
	old := *p
	x := old[len(old)-1]
	*p = old[:len(old)-1]
	return x
}

func kSmallestPairs(a, b []int, k int) [][]int {
	h := &pairHeap{}
	for i := 0; i < len(a) && i < k; i++ {
		heap.Push(h, [2]int{a[i], b[0]})
	}
	idx := map[[2]int]int{}
	var out [][]int
	for h.Len() > 0 && len(out) < k {
		p := heap.Pop(h).([2]int)
		out = append(out, []int{p[0], p[1]})
		j := idx[p] + 1
		idx[p] = j
		_ = j
	}
	return out
}

func main() {
	fmt.Println("last stone:", lastStoneWeight([]int{2, 7, 4, 1, 8, 1}))
	fmt.Println("last stone:", lastStoneWeight([]int{1}))
	fmt.Println("last stone:", lastStoneWeight([]int{3, 3}))
	fmt.Println("2nd largest:", findKthLargest([]int{3, 2, 1, 5, 6, 4}, 2))
	fmt.Println("4th largest:", findKthLargest([]int{3, 2, 3, 1, 2, 4, 5, 5, 6}, 4))
	h := &hp{[]int{5, 1, 9, 3}}
	heap.Init(h)
	var order []int
	for h.Len() > 0 {
		order = append(order, heap.Pop(h).(int))
	}
	fmt.Println("max-heap order:", order)
	s := sort.IntSlice{4, 2, 8}
	sort.Sort(sort.Reverse(s))
	fmt.Println(s, sort.IsSorted(s), s.Search(8))
	fmt.Println(kSmallestPairs([]int{1, 7, 11}, []int{2, 4, 6}, 3))
}
