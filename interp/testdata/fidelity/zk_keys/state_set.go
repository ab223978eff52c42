package main

import (
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	return [...]string{"idle", "running", "paused", "stopped"}[s]
}

type transition struct{ from, to State }

func main() {
	visited := map[any]bool{}
	steps := []transition{{Idle, Running}, {Running, Paused}, {Paused, Running}, {Running, Stopped}}
	visited[Idle] = true
	for _, t := range steps {
		visited[t.to] = true
	}
	fmt.Println("visited:", len(visited))
	for _, s := range []State{Idle, Running, Paused, Stopped} {
		fmt.Printf("%-8v %v\n", s, visited[s])
	}
	// A plain int is another key.
	fmt.Println("int 1 visited:", visited[1], "Running visited:", visited[Running])
	delete(visited, Paused)
	fmt.Println("after delete:", len(visited), visited[Paused])
	var names []string
	for k := range visited {
		names = append(names, fmt.Sprint(k))
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(visited)
}
