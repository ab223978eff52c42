package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

type minHeap []WordCount

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].Count != h[j].Count {
		return h[i].Count < h[j].Count
	}
	return h[i].Word > h[j].Word
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(WordCount)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topK(text string, k int) []WordCount {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'')
	}) {
		counts[w]++
	}
	h := &minHeap{}
	for w, c := range counts {
		heap.Push(h, WordCount{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]WordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(WordCount)
	}
	return out
}

func main() {
	text := `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity`
	for _, wc := range topK(text, 5) {
		fmt.Printf("%-8s %d\n", wc.Word, wc.Count)
	}
	fmt.Println(topK("b a c b a b", 2))
	h := &minHeap{{"x", 3}, {"y", 1}, {"z", 2}}
	heap.Init(h)
	(*h)[0].Count = 10
	heap.Fix(h, 0)
	var order []string
	for h.Len() > 0 {
		order = append(order, heap.Pop(h).(WordCount).Word)
	}
	fmt.Println(order)
	words := strings.Fields("delta alpha charlie bravo")
	sort.Slice(words, func(i, j int) bool {
		return words[i][len(words[i])-1] < words[j][len(words[j])-1] || words[i][len(words[i])-1] == words[j][len(words[j])-1] && words[i] < words[j]
	})
	fmt.Println(words)
}
