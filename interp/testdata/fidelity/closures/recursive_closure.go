package main

import "fmt"

func main() {
	graph := map[string][]string{
		"a": {"b", "c"},
		"b": {"d"},
		"c": {"d", "e"},
		"d": {},
		"e": {"a"},
	}
	visited := map[string]bool{}
	var order []string
	var dfs func(n string, depth int)
	dfs = func(n string, depth int) {
		if visited[n] {
			return
		}
		visited[n] = true
		fmt.Printf("%*s%s\n", depth*2, "", n)
		order = append(order, n)
		for _, m := range graph[n] {
			dfs(m, depth+1)
		}
	}
	dfs("a", 0)
	fmt.Println(order)
}
