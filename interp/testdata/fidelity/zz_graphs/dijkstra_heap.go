package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

const roads = `Amsterdam Utrecht 45
Amsterdam Haarlem 20
Haarlem Leiden 30
Leiden DenHaag 17
Utrecht Rotterdam 60
DenHaag Rotterdam 27
Leiden Utrecht 55
Rotterdam Breda 50
Utrecht Breda 75`

type Edge struct {
	To     string
	Weight int
}

type Item struct {
	Node  string
	Dist  int
	index int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Dist == pq[j].Dist {
		return pq[i].Node < pq[j].Node
	}
	return pq[i].Dist < pq[j].Dist
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
	*pq = old[:n-1]
	return it
}

type Graph map[string][]Edge

func parse(s string) Graph {
	g := Graph{}
	for _, line := range strings.Split(s, "\n") {
		var a, b string
		var w int
		fmt.Sscanf(line, "%s %s %d", &a, &b, &w)
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	return g
}

func (g Graph) Shortest(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &PQ{}
	heap.Push(pq, &Item{Node: src})
	pops := 0
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*Item)
		pops++
		if it.Dist > dist[it.Node] {
			continue
		}
		for _, e := range g[it.Node] {
			nd := it.Dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = it.Node
				heap.Push(pq, &Item{Node: e.To, Dist: nd})
			}
		}
	}
	fmt.Println("heap pops:", pops)
	return dist, prev
}

func path(prev map[string]string, dst string) []string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return p
}

func main() {
	g := parse(roads)
	dist, prev := g.Shortest("Amsterdam")
	for _, city := range []string{"Haarlem", "Leiden", "DenHaag", "Utrecht", "Rotterdam", "Breda"} {
		fmt.Printf("%-10s %4d km  %s\n", city, dist[city], strings.Join(path(prev, city), " -> "))
	}
	pq := PQ{{Node: "x", Dist: 5}, {Node: "a", Dist: 5}, {Node: "m", Dist: 1}}
	heap.Init(&pq)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Print(it.Node, it.Dist, " ")
	}
	fmt.Println()
}
