package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type PriorityQueue[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (pq *PriorityQueue[T]) Len() int           { return len(pq.items) }
func (pq *PriorityQueue[T]) Less(i, j int) bool { return pq.less(pq.items[i], pq.items[j]) }
func (pq *PriorityQueue[T]) Swap(i, j int)      { pq.items[i], pq.items[j] = pq.items[j], pq.items[i] }
func (pq *PriorityQueue[T]) Push(x any)         { pq.items = append(pq.items, x.(T)) }
func (pq *PriorityQueue[T]) Pop() any {
	n := len(pq.items)
	x := pq.items[n-1]
	pq.items = pq.items[:n-1]
	return x
}

func NewPQ[T any](less func(a, b T) bool) *PriorityQueue[T] {
	return &PriorityQueue[T]{less: less}
}

func (pq *PriorityQueue[T]) Put(x T) { heap.Push(pq, x) }
func (pq *PriorityQueue[T]) Get() T  { return heap.Pop(pq).(T) }

type Edge struct {
	to     string
	weight int
}

type entry struct {
	node string
	dist int
}

func Dijkstra(graph map[string][]Edge, src string) map[string]int {
	dist := map[string]int{src: 0}
	pq := NewPQ(func(a, b entry) bool { return a.dist < b.dist })
	pq.Put(entry{src, 0})
	for pq.Len() > 0 {
		cur := pq.Get()
		if d, ok := dist[cur.node]; ok && d < cur.dist {
			continue
		}
		for _, e := range graph[cur.node] {
			nd := cur.dist + e.weight
			if old, ok := dist[e.to]; !ok || nd < old {
				dist[e.to] = nd
				pq.Put(entry{e.to, nd})
			}
		}
	}
	return dist
}

func TopK[T any, K cmp.Ordered](xs []T, k int, key func(T) K) []T {
	pq := NewPQ(func(a, b T) bool { return key(a) < key(b) })
	for _, x := range xs {
		pq.Put(x)
		if pq.Len() > k {
			pq.Get()
		}
	}
	out := make([]T, pq.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = pq.Get()
	}
	return out
}

type Job struct {
	Name     string
	Priority int
}

func main() {
	ints := NewPQ(func(a, b int) bool { return a > b })
	for _, v := range []int{7, 1, 9, 3, 9, 4} {
		ints.Put(v)
	}
	for ints.Len() > 0 {
		fmt.Print(ints.Get(), " ")
	}
	fmt.Println()

	words := NewPQ(func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	for _, w := range []string{"banana", "fig", "apple", "kiwi", "date", "cherry"} {
		words.Put(w)
	}
	for words.Len() > 0 {
		fmt.Print(words.Get(), " ")
	}
	fmt.Println()

	graph := map[string][]Edge{
		"A": {{"B", 4}, {"C", 1}},
		"C": {{"B", 2}, {"D", 7}},
		"B": {{"D", 1}, {"E", 5}},
		"D": {{"E", 1}},
	}
	dist := Dijkstra(graph, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F"} {
		d, ok := dist[n]
		fmt.Printf("%s=%d(%v) ", n, d, ok)
	}
	fmt.Println()

	jobs := []Job{{"backup", 2}, {"email", 5}, {"report", 9}, {"cleanup", 1}, {"deploy", 7}}
	for _, j := range TopK(jobs, 3, func(j Job) int { return j.Priority }) {
		fmt.Printf("%+v\n", j)
	}
	fmt.Println(TopK([]string{"x", "yyy", "zz", "wwww"}, 2, func(s string) int { return len(s) }))
	fmt.Println(TopK([]float64{2.5, -1, 8.25, 3}, 2, func(f float64) float64 { return f }))
}
