package main

import (
	"fmt"
	"strings"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
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

type Task struct {
	Pri  int
	Name string
}

func main() {
	minH := NewHeap(func(a, b int) bool { return a < b })
	for _, x := range []int{5, 3, 8, 1, 9, 2, 7} {
		minH.Push(x)
	}
	var out []int
	for {
		x, ok := minH.Pop()
		if !ok {
			break
		}
		out = append(out, x)
	}
	fmt.Println(out)

	tasks := NewHeap(func(a, b Task) bool {
		if a.Pri != b.Pri {
			return a.Pri > b.Pri
		}
		return a.Name < b.Name
	})
	for _, t := range []Task{{2, "write"}, {5, "deploy"}, {2, "test"}, {9, "hotfix"}, {5, "build"}} {
		tasks.Push(t)
	}
	var names []string
	for t, ok := tasks.Pop(); ok; t, ok = tasks.Pop() {
		names = append(names, fmt.Sprintf("%s(%d)", t.Name, t.Pri))
	}
	fmt.Println(strings.Join(names, " "))

	topK := NewHeap(func(a, b string) bool { return len(a) < len(b) })
	for _, w := range strings.Fields("a quick brown fox jumped over extraordinarily lazy dogs") {
		topK.Push(w)
		if len(topK.data) > 3 {
			topK.Pop()
		}
	}
	fmt.Println(len(topK.data), topK.data[0])
}
