package main

import (
	"errors"
	"fmt"
)

var ErrCycle = errors.New("prerequisites contain a cycle")

func findOrder(numCourses int, prerequisites [][]int) ([]int, error) {
	indeg := make([]int, numCourses)
	adj := make([][]int, numCourses)
	for _, p := range prerequisites {
		course, pre := p[0], p[1]
		adj[pre] = append(adj[pre], course)
		indeg[course]++
	}
	var queue, order []int
	for i, d := range indeg {
		if d == 0 {
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		order = append(order, c)
		for _, nxt := range adj[c] {
			indeg[nxt]--
			if indeg[nxt] == 0 {
				queue = append(queue, nxt)
			}
		}
	}
	if len(order) != numCourses {
		return nil, fmt.Errorf("%d courses, %d orderable: %w", numCourses, len(order), ErrCycle)
	}
	return order, nil
}

func canFinish(n int, pre [][]int) bool {
	_, err := findOrder(n, pre)
	return err == nil
}

func main() {
	cases := []struct {
		n   int
		pre [][]int
	}{
		{2, [][]int{{1, 0}}},
		{2, [][]int{{1, 0}, {0, 1}}},
		{4, [][]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}}},
		{1, nil},
		{6, [][]int{{5, 4}, {4, 3}, {3, 5}, {1, 0}, {2, 1}}},
	}
	for i, c := range cases {
		order, err := findOrder(c.n, c.pre)
		switch {
		case errors.Is(err, ErrCycle):
			fmt.Printf("case %d: cycle! (%v)\n", i, err)
		case err != nil:
			fmt.Printf("case %d: unexpected %v\n", i, err)
		default:
			fmt.Printf("case %d: order %v\n", i, order)
		}
		fmt.Printf("         canFinish=%v\n", canFinish(c.n, c.pre))
	}
}
