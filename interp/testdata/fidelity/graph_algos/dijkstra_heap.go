package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Edge struct {
	To     string
	Weight int
}

type item struct {
	node string
	dist int
}

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	q := &pq{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func main() {
	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"D": {{"F", 11}},
		"E": {{"D", 4}},
		"F": {},
		"G": {{"A", 1}},
	}

	dist, prev := dijkstra(g, "A")
	fmt.Println(dist)

	for _, target := range []string{"D", "F", "G"} {
		if dist[target] == math.MaxInt {
			fmt.Println(target, "unreachable")
			continue
		}
		path := target
		for n := target; prev[n] != ""; n = prev[n] {
			path = prev[n] + "->" + path
		}
		fmt.Printf("%s: %d via %s\n", target, dist[target], path)
	}
}
