package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type wordCount struct {
	word  string
	count int
}

// minHeap keeps the k best items; the worst one sits at the root.
type minHeap []wordCount

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(wordCount)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topKFrequent(words []string, k int) []string {
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	h := &minHeap{}
	for w, c := range counts {
		heap.Push(h, wordCount{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	res := make([]string, h.Len())
	for i := len(res) - 1; i >= 0; i-- {
		res[i] = heap.Pop(h).(wordCount).word
	}
	return res
}

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x interface{}) { t := x.(*Task); t.index = len(*pq); *pq = append(*pq, t) }
func (pq *PQ) Pop() interface{} {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func main() {
	text := "the day is sunny the the the sunny is is and the day is bright and sunny"
	for k := 1; k <= 4; k++ {
		fmt.Printf("top %d: %v\n", k, topKFrequent(strings.Fields(text), k))
	}
	fmt.Println(topKFrequent([]string{"i", "love", "leetcode", "i", "love", "coding"}, 2))

	pq := PQ{}
	heap.Init(&pq)
	for i, n := range []string{"email", "deploy", "lunch", "review", "backup"} {
		heap.Push(&pq, &Task{name: n, priority: (i * 7) % 5})
	}
	target := pq[2]
	target.priority = 10
	heap.Fix(&pq, target.index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%-7s p=%d idx=%d\n", t.name, t.priority, t.index)
	}
	nums := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(nums)
	heap.Push(nums, 0)
	var sorted []int
	for nums.Len() > 0 {
		sorted = append(sorted, heap.Pop(nums).(int))
	}
	fmt.Println(sorted)
}

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
