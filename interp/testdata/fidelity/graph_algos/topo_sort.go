package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

var ErrCycle = errors.New("dependency cycle")

// Kahn's algorithm with a sorted ready set, so the order is deterministic.
func topo(g Graph) ([]string, error) {
	indeg := map[string]int{}
	for n, deps := range g {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range deps {
			indeg[d] += 0
			indeg[n]++
		}
	}
	users := map[string][]string{}
	for n, deps := range g {
		for _, d := range deps {
			users[d] = append(users[d], n)
		}
	}
	var ready, order []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("%w: sorted %d of %d", ErrCycle, len(order), len(indeg))
	}
	return order, nil
}

func main() {
	build := Graph{
		"app":    {"http", "db", "log"},
		"http":   {"log", "net"},
		"db":     {"log", "driver"},
		"driver": {"net"},
	}
	order, err := topo(build)
	fmt.Println(strings.Join(order, " < "), err)

	build["net"] = []string{"app"}
	order, err = topo(build)
	fmt.Println(order, err, errors.Is(err, ErrCycle))
}
