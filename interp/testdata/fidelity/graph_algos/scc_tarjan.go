package main

import (
	"fmt"
	"slices"
)

func tarjan(n int, adj [][]int) [][]int {
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var sccs [][]int
	counter := 0

	var strong func(v int)
	strong = func(v int) {
		index[v], low[v] = counter, counter
		counter++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range adj[v] {
			if index[w] == -1 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			slices.Sort(comp)
			sccs = append(sccs, comp)
		}
	}
	for v := 0; v < n; v++ {
		if index[v] == -1 {
			strong(v)
		}
	}
	return sccs
}

func main() {
	adj := [][]int{
		0: {1},
		1: {2, 4},
		2: {0, 3},
		3: {5},
		4: {5},
		5: {6},
		6: {4, 7},
		7: {},
	}

	sccs := tarjan(len(adj), adj)
	slices.SortFunc(sccs, func(a, b []int) int { return a[0] - b[0] })
	for i, c := range sccs {
		fmt.Printf("scc %d: %v\n", i, c)
	}
	fmt.Println("count:", len(sccs))
}
