package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Item struct {
	node  string
	dist  float64
	seq   int
	index int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist != pq[j].dist {
		return pq[i].dist < pq[j].dist
	}
	return pq[i].seq < pq[j].seq
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func shortest(g map[string][]Edge, src string) (map[string]float64, map[string]string, []string) {
	dist := map[string]float64{src: 0}
	prev := map[string]string{}
	var order []string
	pq := &PQ{}
	seq := 0
	heap.Push(pq, &Item{node: src, seq: seq})
	done := map[string]bool{}
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*Item)
		if done[it.node] {
			continue
		}
		done[it.node] = true
		order = append(order, it.node)
		for _, e := range g[it.node] {
			nd := it.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = it.node
				seq++
				heap.Push(pq, &Item{node: e.To, dist: nd, seq: seq})
			}
		}
	}
	return dist, prev, order
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"D": {{"F", 11}},
		"E": {{"D", 4}, {"B", 1}},
		"F": {},
		"G": {{"A", 1}},
	}
	dist, prev, order := shortest(g, "A")
	fmt.Println("visit order:", order)
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "G"} {
		d, ok := dist[n]
		if !ok {
			d = math.Inf(1)
		}
		fmt.Printf("%s %5v %s\n", n, d, path(prev, n))
	}
	pq := PQ{}
	for i, d := range []float64{3, 1, 3, 2, 1} {
		heap.Push(&pq, &Item{node: fmt.Sprint("n", i), dist: d, seq: i})
	}
	pq[2].dist = 0
	heap.Fix(&pq, 2)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Print(it.node, ":", it.dist, " ")
	}
	fmt.Println()
}
