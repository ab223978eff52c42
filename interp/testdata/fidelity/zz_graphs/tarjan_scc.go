package main

import (
	"fmt"
	"sort"
)

type Digraph struct {
	n   int
	adj [][]int
}

func (g *Digraph) AddEdge(a, b int) { g.adj[a] = append(g.adj[a], b) }

type tarjan struct {
	g       *Digraph
	index   int
	idx     []int
	low     []int
	onStack []bool
	stack   []int
	sccs    [][]int
}

func (t *tarjan) strong(v int) {
	t.idx[v] = t.index
	t.low[v] = t.index
	t.index++
	t.stack = append(t.stack, v)
	t.onStack[v] = true
	for _, w := range t.g.adj[v] {
		if t.idx[w] < 0 {
			t.strong(w)
			t.low[v] = min(t.low[v], t.low[w])
		} else if t.onStack[w] {
			t.low[v] = min(t.low[v], t.idx[w])
		}
	}
	if t.low[v] == t.idx[v] {
		var comp []int
		for {
			w := t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.onStack[w] = false
			comp = append(comp, w)
			if w == v {
				break
			}
		}
		sort.Ints(comp)
		t.sccs = append(t.sccs, comp)
	}
}

func SCC(g *Digraph) [][]int {
	t := &tarjan{g: g, idx: make([]int, g.n), low: make([]int, g.n), onStack: make([]bool, g.n)}
	for i := range t.idx {
		t.idx[i] = -1
	}
	for v := 0; v < g.n; v++ {
		if t.idx[v] < 0 {
			t.strong(v)
		}
	}
	return t.sccs
}

func main() {
	g := &Digraph{n: 8, adj: make([][]int, 8)}
	for _, e := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 5}, {6, 7}, {7, 6}} {
		g.AddEdge(e[0], e[1])
	}
	sccs := SCC(g)
	fmt.Println("components:", sccs)
	comp := make([]int, g.n)
	for i, c := range sccs {
		for _, v := range c {
			comp[v] = i
		}
	}
	dag := map[[2]int]bool{}
	for v, ws := range g.adj {
		for _, w := range ws {
			if comp[v] != comp[w] {
				dag[[2]int{comp[v], comp[w]}] = true
			}
		}
	}
	var edges [][2]int
	for e := range dag {
		edges = append(edges, e)
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i][0] != edges[j][0] {
			return edges[i][0] < edges[j][0]
		}
		return edges[i][1] < edges[j][1]
	})
	fmt.Println("condensed:", edges)
	fmt.Printf("%v %d %T\n", comp, len(sccs), sccs)
}
