package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type By[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.items) }
func (b By[T]) Less(i, j int) bool { return b.less(b.items[i], b.items[j]) }
func (b By[T]) Swap(i, j int)      { b.items[i], b.items[j] = b.items[j], b.items[i] }

type MinHeap[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *MinHeap[T]) Len() int           { return len(h.data) }
func (h *MinHeap[T]) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h *MinHeap[T]) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *MinHeap[T]) Push(x any)         { h.data = append(h.data, x.(T)) }
func (h *MinHeap[T]) Pop() any {
	n := len(h.data)
	x := h.data[n-1]
	h.data = h.data[:n-1]
	return x
}

type Slice[T any] []T

func (s Slice[T]) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "<" + strings.Join(parts, "|") + ">"
}

type task struct {
	name string
	pri  int
}

func main() {
	words := []string{"kiwi", "fig", "banana", "apple"}
	sort.Sort(By[string]{words, func(a, b string) bool { return len(a) < len(b) }})
	fmt.Println(words)
	sort.Stable(By[string]{words, func(a, b string) bool { return a[0] < b[0] }})
	fmt.Println(words)
	var empty By[int]
	sort.Sort(By[int]{empty.items, func(a, b int) bool { return a < b }})
	fmt.Println("empty sorted", empty.Len())

	h := &MinHeap[task]{less: func(a, b task) bool { return a.pri < b.pri }}
	for i, n := range []string{"write", "test", "ship", "plan"} {
		heap.Push(h, task{n, (i * 7) % 5})
	}
	for h.Len() > 0 {
		t := heap.Pop(h).(task)
		fmt.Print(t.name, ":", t.pri, " ")
	}
	fmt.Println()
	var s Slice[int]
	var st fmt.Stringer = s
	fmt.Println(st == nil, st, s, Slice[string]{"a", "b"})
	fmt.Printf("%v %s %d\n", Slice[float64]{1.5}, Slice[int]{1, 2}, len(s))
}
