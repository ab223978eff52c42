package main

import (
	"cmp"
	"fmt"
)

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] {
	return &PQ[T]{less: less}
}

func NewMinPQ[T cmp.Ordered]() *PQ[T] {
	return NewPQ(func(a, b T) bool { return a < b })
}

func (q *PQ[T]) Len() int { return len(q.items) }

func (q *PQ[T]) Push(v T) {
	q.items = append(q.items, v)
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.items[i], q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		m := i
		if l < len(q.items) && q.less(q.items[l], q.items[m]) {
			m = l
		}
		if r < len(q.items) && q.less(q.items[r], q.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top, true
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

type Edge struct{ to, w int }

func dijkstra(adj map[int][]Edge, src, n int) []int {
	const inf = 1 << 60
	dist := make([]int, n)
	for i := range dist {
		dist[i] = inf
	}
	dist[src] = 0
	type item struct{ node, d int }
	pq := NewPQ(func(a, b item) bool { return a.d < b.d })
	pq.Push(item{src, 0})
	for pq.Len() > 0 {
		it, _ := pq.Pop()
		if it.d > dist[it.node] {
			continue
		}
		for _, e := range adj[it.node] {
			if nd := it.d + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				pq.Push(item{e.to, nd})
			}
		}
	}
	return dist
}

func main() {
	q := NewMinPQ[int]()
	for _, v := range []int{5, 3, 8, 1, 9, 2, 7} {
		q.Push(v)
	}
	for q.Len() > 0 {
		v, _ := q.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := q.Pop()
	fmt.Println("empty pop ok:", ok)

	sq := NewMinPQ[string]()
	for _, s := range []string{"pear", "apple", "fig", "banana"} {
		sq.Push(s)
	}
	s, _ := sq.Pop()
	fmt.Println(s, sq.Len())

	tasks := NewPQ(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	for i, t := range []Task{{"write", 2, 0}, {"deploy", 5, 0}, {"test", 2, 0}, {"review", 3, 0}, {"lint", 2, 0}} {
		t.Seq = i
		tasks.Push(t)
	}
	for tasks.Len() > 0 {
		t, _ := tasks.Pop()
		fmt.Printf("%s(p%d) ", t.Name, t.Priority)
	}
	fmt.Println()

	adj := map[int][]Edge{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	fmt.Println(dijkstra(adj, 0, 5))
}
