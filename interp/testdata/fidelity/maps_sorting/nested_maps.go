package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	graph := map[string]map[string]int{}
	addEdge := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	addEdge("a", "b", 3)
	addEdge("a", "c", 1)
	addEdge("b", "c", 7)
	for _, from := range slices.Sorted(maps.Keys(graph)) {
		for _, to := range slices.Sorted(maps.Keys(graph[from])) {
			fmt.Printf("%s->%s %d\n", from, to, graph[from][to])
		}
	}
	fmt.Println(graph)

	delete(graph["a"], "b")
	delete(graph, "zz")
	fmt.Println(len(graph["a"]), graph["nope"]["x"])
}
