package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	edges map[string][]string
	nodes map[string]bool
}

func NewGraph() *Graph {
	return &Graph{edges: map[string][]string{}, nodes: map[string]bool{}}
}

func (g *Graph) AddEdge(from, to string) {
	g.edges[from] = append(g.edges[from], to)
	g.nodes[from] = true
	g.nodes[to] = true
}

type CycleError struct {
	Path []string
}

func (e CycleError) Error() string {
	return "cycle: " + strings.Join(e.Path, " -> ")
}

func (g *Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var order []string
	var stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			i := len(stack) - 1
			for stack[i] != n {
				i--
			}
			return CycleError{append(append([]string{}, stack[i:]...), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		next := append([]string(nil), g.edges[n]...)
		sort.Strings(next)
		for _, m := range next {
			if err := visit(m); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	names := make([]string, 0, len(g.nodes))
	for n := range g.nodes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order, nil
}

func main() {
	g := NewGraph()
	deps := [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}}
	for _, d := range deps {
		g.AddEdge(d[0], d[1])
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.AddEdge("jacket", "shirt")
	_, err = g.TopoSort()
	fmt.Println("error:", err)
	var ce CycleError
	if errors.As(err, &ce) {
		fmt.Println("cycle length", len(ce.Path)-1)
	}
	if c, ok := err.(CycleError); ok {
		fmt.Println("first in cycle:", c.Path[0])
	}
}
