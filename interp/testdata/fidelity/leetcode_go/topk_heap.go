package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type pair struct {
	word  string
	count int
}

// minHeap keeps the k most frequent; the root is the weakest.
type minHeap []pair

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].count == h[j].count {
		return h[i].word > h[j].word
	}
	return h[i].count < h[j].count
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) {
	*h = append(*h, x.(pair))
}
func (h *minHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func topKFrequent(words []string, k int) []string {
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	h := &minHeap{}
	heap.Init(h)
	for w, c := range freq {
		heap.Push(h, pair{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	res := make([]string, h.Len())
	for i := len(res) - 1; i >= 0; i-- {
		res[i] = heap.Pop(h).(pair).word
	}
	return res
}

func topKNums(nums []int, k int) []int {
	count := map[int]int{}
	for _, n := range nums {
		count[n]++
	}
	buckets := make([][]int, len(nums)+1)
	for n, c := range count {
		buckets[c] = append(buckets[c], n)
	}
	var res []int
	for c := len(buckets) - 1; c > 0 && len(res) < k; c-- {
		b := buckets[c]
		// deterministic within a bucket
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && b[j] < b[j-1]; j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
		res = append(res, b...)
	}
	return res[:k]
}

func main() {
	fmt.Println(topKFrequent([]string{"i", "love", "leetcode", "i", "love", "coding"}, 2))
	text := "the day is sunny the the the sunny is is"
	fmt.Println(topKFrequent(strings.Fields(text), 4))
	fmt.Println(topKNums([]int{1, 1, 1, 2, 2, 3}, 2))
	fmt.Println(topKNums([]int{4, 4, 5, 5, 6, 7, 7, 7}, 3))
}
