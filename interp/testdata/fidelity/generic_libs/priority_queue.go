package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	it := q.items[n-1]
	q.items = q.items[:n-1]
	return it
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] {
	return &PQ[T]{less: less}
}

func (q *PQ[T]) Put(v T) { heap.Push(q, v) }
func (q *PQ[T]) Take() T { return heap.Pop(q).(T) }

type edge struct {
	to, w int
}

type item struct {
	node, dist int
}

func dijkstra(g map[int][]edge, src, n int) []int {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = 1 << 30
	}
	dist[src] = 0
	pq := NewPQ(func(a, b item) bool { return a.dist < b.dist })
	pq.Put(item{src, 0})
	for pq.Len() > 0 {
		cur := pq.Take()
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				pq.Put(item{e.to, nd})
			}
		}
	}
	return dist
}

func TopK[T cmp.Ordered](xs []T, k int) []T {
	pq := NewPQ(func(a, b T) bool { return a < b })
	for _, x := range xs {
		pq.Put(x)
		if pq.Len() > k {
			pq.Take()
		}
	}
	out := make([]T, pq.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = pq.Take()
	}
	return out
}

func main() {
	g := map[int][]edge{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	fmt.Println("distances:", dijkstra(g, 0, 5))

	fmt.Println("top3:", TopK([]int{5, 1, 9, 3, 7, 9, 2}, 3))
	fmt.Println("top2 words:", TopK([]string{"pear", "apple", "zoo", "kiwi"}, 2))

	type job struct {
		name string
		prio int
	}
	jobs := NewPQ(func(a, b job) bool {
		if a.prio != b.prio {
			return a.prio > b.prio
		}
		return a.name < b.name
	})
	for _, j := range []job{{"email", 1}, {"backup", 3}, {"index", 2}, {"alert", 3}} {
		jobs.Put(j)
	}
	for jobs.Len() > 0 {
		j := jobs.Take()
		fmt.Printf("run %s (p%d)\n", j.name, j.prio)
	}
}
