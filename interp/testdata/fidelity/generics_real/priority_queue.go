package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

// PQ is a generic min-heap ordered by a less function.
type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (p *PQ[T]) Len() int           { return len(p.items) }
func (p *PQ[T]) Less(i, j int) bool { return p.less(p.items[i], p.items[j]) }
func (p *PQ[T]) Swap(i, j int)      { p.items[i], p.items[j] = p.items[j], p.items[i] }
func (p *PQ[T]) Push(x any)         { p.items = append(p.items, x.(T)) }
func (p *PQ[T]) Pop() any {
	n := len(p.items)
	it := p.items[n-1]
	p.items = p.items[:n-1]
	return it
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] {
	return &PQ[T]{less: less}
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

type Edge struct {
	To     string
	Weight int
}

func dijkstra(graph map[string][]Edge, src string) map[string]int {
	dist := map[string]int{src: 0}
	type item struct {
		node string
		d    int
	}
	pq := NewPQ(func(a, b item) bool { return a.d < b.d })
	heap.Push(pq, item{src, 0})
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		if cur.d > dist[cur.node] {
			continue
		}
		for _, e := range graph[cur.node] {
			nd := cur.d + e.Weight
			if old, ok := dist[e.To]; !ok || nd < old {
				dist[e.To] = nd
				heap.Push(pq, item{e.To, nd})
			}
		}
	}
	return dist
}

func TopK[T any, K cmp.Ordered](xs []T, k int, key func(T) K) []T {
	pq := NewPQ(func(a, b T) bool { return key(a) < key(b) })
	for _, x := range xs {
		heap.Push(pq, x)
		if pq.Len() > k {
			heap.Pop(pq)
		}
	}
	out := make([]T, pq.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(pq).(T)
	}
	return out
}

func main() {
	tasks := NewPQ(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	for i, s := range []string{"email:1", "deploy:5", "lunch:2", "hotfix:5", "review:3"} {
		name, p, _ := strings.Cut(s, ":")
		heap.Push(tasks, Task{name, int(p[0] - '0'), i})
	}
	for tasks.Len() > 0 {
		t := heap.Pop(tasks).(Task)
		fmt.Printf("%-7s p=%d seq=%d\n", t.Name, t.Priority, t.Seq)
	}

	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 1}},
		"C": {{"B", 2}, {"D", 7}},
		"B": {{"D", 1}},
		"D": {{"E", 3}},
	}
	d := dijkstra(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "Z"} {
		v, ok := d[n]
		fmt.Printf("%s=%d(%v) ", n, v, ok)
	}
	fmt.Println()

	words := strings.Fields("pneumonia a be sea antidisestablishment go rust typescript")
	fmt.Println(TopK(words, 3, func(s string) int { return len(s) }))
	fmt.Println(TopK([]float64{3.5, -1, 9.25, 7, 0}, 2, func(f float64) float64 { return f }))
}
