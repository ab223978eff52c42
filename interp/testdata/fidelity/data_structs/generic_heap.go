package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

func TopK[T any](xs []T, k int, less func(a, b T) bool) []T {
	h := NewHeap(less)
	for _, x := range xs {
		h.Push(x)
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]T, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i], _ = h.Pop()
	}
	return out
}

type Job struct {
	Name     string
	Priority int
	Cost     float64
}

func mergeSorted[T cmp.Ordered](lists ...[]T) []T {
	type cursor struct {
		list, idx int
	}
	h := NewHeap(func(a, b cursor) bool { return lists[a.list][a.idx] < lists[b.list][b.idx] })
	for i, l := range lists {
		if len(l) > 0 {
			h.Push(cursor{i, 0})
		}
	}
	var out []T
	for h.Len() > 0 {
		c, _ := h.Pop()
		out = append(out, lists[c.list][c.idx])
		if c.idx+1 < len(lists[c.list]) {
			h.Push(cursor{c.list, c.idx + 1})
		}
	}
	return out
}

func main() {
	h := NewHeap(func(a, b int) bool { return a < b })
	for _, v := range []int{9, 4, 7, 1, 8, 2} {
		h.Push(v)
	}
	var got []string
	for h.Len() > 0 {
		v, _ := h.Pop()
		got = append(got, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(got, " < "))
	jobs := []Job{{"a", 2, 1.5}, {"b", 5, 0.5}, {"c", 1, 9}, {"d", 5, 2}, {"e", 3, 3}}
	top := TopK(jobs, 3, func(x, y Job) bool {
		if x.Priority != y.Priority {
			return x.Priority < y.Priority
		}
		return x.Cost > y.Cost
	})
	for _, j := range top {
		fmt.Printf("%+v\n", j)
	}
	fmt.Println(TopK([]string{"pear", "fig", "banana", "kiwi"}, 2, func(a, b string) bool { return len(a) < len(b) }))
	fmt.Println(mergeSorted([]int{1, 4, 9}, []int{2, 3, 10, 11}, nil, []int{0}))
	fmt.Println(mergeSorted([]string{"ant", "cat"}, []string{"bee"}))
	empty := NewHeap(func(a, b float64) bool { return a > b })
	v, ok := empty.Pop()
	fmt.Println(v, ok)
}
