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

func findKthLargest(nums []int, k int) int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	return (*h)[0]
}

type wordFreq struct {
	word  string
	count int
}

type freqHeap []wordFreq

func (h freqHeap) Len() int { return len(h) }
func (h freqHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count > h[j].count
	}
	return h[i].word < h[j].word
}
func (h freqHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *freqHeap) Push(x any)   { *h = append(*h, x.(wordFreq)) }
func (h *freqHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topKFrequent(words []string, k int) []string {
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	h := &freqHeap{}
	for w, c := range counts {
		*h = append(*h, wordFreq{w, c})
	}
	heap.Init(h)
	var out []string
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(h).(wordFreq).word)
	}
	return out
}

type MedianFinder struct {
	lo *IntHeap // max-heap via negation
	hi *IntHeap
}

func NewMedianFinder() MedianFinder {
	return MedianFinder{lo: &IntHeap{}, hi: &IntHeap{}}
}

func (m *MedianFinder) AddNum(n int) {
	heap.Push(m.lo, -n)
	heap.Push(m.hi, -heap.Pop(m.lo).(int))
	if m.hi.Len() > m.lo.Len() {
		heap.Push(m.lo, -heap.Pop(m.hi).(int))
	}
}

func (m *MedianFinder) FindMedian() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(-(*m.lo)[0])
	}
	return float64(-(*m.lo)[0]+(*m.hi)[0]) / 2
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	fmt.Println(findKthLargest([]int{3, 2, 1, 5, 6, 4}, 2))
	fmt.Println(findKthLargest([]int{3, 2, 3, 1, 2, 4, 5, 5, 6}, 4))
	fmt.Println(topKFrequent([]string{"i", "love", "leetcode", "i", "love", "coding"}, 2))
	fmt.Println(topKFrequent([]string{"the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"}, 4))

	mf := NewMedianFinder()
	for _, n := range []int{5, 15, 1, 3, 8, 7} {
		mf.AddNum(n)
		fmt.Printf("add %d -> median %.1f\n", n, mf.FindMedian())
	}
	all := append([]int{}, *mf.lo...)
	all = append(all, *mf.hi...)
	sort.Ints(all)
	fmt.Println(len(all), all)
}
