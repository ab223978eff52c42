package main

import (
	"errors"
	"fmt"
	"strings"
)

// MyCircularQueue (LeetCode 622) plus a hit counter (362) and a
// min-window-substring (76), with a table-driven driver.

type MyCircularQueue struct {
	data        []int
	front, size int
}

var ErrFull = errors.New("queue full")

func Constructor(k int) MyCircularQueue { return MyCircularQueue{data: make([]int, k)} }

func (q *MyCircularQueue) EnQueue(v int) bool {
	if q.IsFull() {
		return false
	}
	q.data[(q.front+q.size)%len(q.data)] = v
	q.size++
	return true
}

func (q *MyCircularQueue) DeQueue() bool {
	if q.IsEmpty() {
		return false
	}
	q.front = (q.front + 1) % len(q.data)
	q.size--
	return true
}

func (q *MyCircularQueue) Front() int {
	if q.IsEmpty() {
		return -1
	}
	return q.data[q.front]
}

func (q *MyCircularQueue) Rear() int {
	if q.IsEmpty() {
		return -1
	}
	return q.data[(q.front+q.size-1)%len(q.data)]
}

func (q *MyCircularQueue) IsEmpty() bool { return q.size == 0 }
func (q *MyCircularQueue) IsFull() bool  { return q.size == len(q.data) }

type HitCounter struct {
	times [300]int
	hits  [300]int
}

func (h *HitCounter) Hit(ts int) {
	i := ts % 300
	if h.times[i] != ts {
		h.times[i], h.hits[i] = ts, 0
	}
	h.hits[i]++
}

func (h *HitCounter) GetHits(ts int) (n int) {
	for i, t := range h.times {
		if ts-t < 300 {
			n += h.hits[i]
		}
	}
	return
}

func minWindow(s, t string) string {
	need := [128]int{}
	for i := range t {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestR := 0, -1
	for l, r := 0, 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}

func main() {
	q := Constructor(3)
	calls := []struct {
		name string
		fn   func() any
	}{
		{"enQueue(1)", func() any { return q.EnQueue(1) }},
		{"enQueue(2)", func() any { return q.EnQueue(2) }},
		{"enQueue(3)", func() any { return q.EnQueue(3) }},
		{"enQueue(4)", func() any { return q.EnQueue(4) }},
		{"Rear()", func() any { return q.Rear() }},
		{"isFull()", func() any { return q.IsFull() }},
		{"deQueue()", func() any { return q.DeQueue() }},
		{"enQueue(4)", func() any { return q.EnQueue(4) }},
		{"Rear()", func() any { return q.Rear() }},
		{"Front()", func() any { return q.Front() }},
	}
	for _, c := range calls {
		fmt.Printf("%-11s -> %v\n", c.name, c.fn())
	}
	fmt.Printf("%+v\n", q)

	var hc HitCounter
	for _, ts := range []int{1, 2, 3, 300, 301, 301} {
		hc.Hit(ts)
	}
	fmt.Println(hc.GetHits(4), hc.GetHits(300), hc.GetHits(301), hc.GetHits(600), hc.GetHits(601))

	for _, p := range [][2]string{{"ADOBECODEBANC", "ABC"}, {"a", "a"}, {"a", "aa"}, {"abracadabra", "rcd"}} {
		fmt.Printf("minWindow(%q, %q) = %q\n", p[0], p[1], minWindow(p[0], p[1]))
	}
	fmt.Println(strings.ToUpper(ErrFull.Error()))
}
