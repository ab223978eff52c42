package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

// topo returns a Kahn ordering with alphabetical ties, or a cycle.
func topo(prereqs map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	next := map[string][]string{}
	for course, reqs := range prereqs {
		if _, ok := indeg[course]; !ok {
			indeg[course] = 0
		}
		for _, r := range reqs {
			if _, ok := indeg[r]; !ok {
				indeg[r] = 0
			}
			indeg[course]++
			next[r] = append(next[r], course)
		}
	}
	var ready []string
	for c, d := range indeg {
		if d == 0 {
			ready = append(ready, c)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		c := ready[0]
		ready = ready[1:]
		order = append(order, c)
		for _, n := range next[c] {
			indeg[n]--
			if indeg[n] == 0 {
				ready = append(ready, n)
			}
		}
	}
	if len(order) < len(indeg) {
		return order, &CycleError{findCycle(prereqs)}
	}
	return order, nil
}

func findCycle(g map[string][]string) []string {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack []string
	var cycle []string
	var visit func(string) bool
	visit = func(n string) bool {
		color[n] = grey
		stack = append(stack, n)
		reqs := append([]string(nil), g[n]...)
		sort.Strings(reqs)
		for _, r := range reqs {
			switch color[r] {
			case grey:
				for i, s := range stack {
					if s == r {
						cycle = append(append([]string{}, stack[i:]...), r)
						return true
					}
				}
			case white:
				if visit(r) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		return false
	}
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if color[k] == white && visit(k) {
			break
		}
	}
	return cycle
}

func main() {
	ok := map[string][]string{
		"algorithms":   {"data-structs", "discrete"},
		"data-structs": {"intro"},
		"discrete":     {"intro"},
		"compilers":    {"algorithms", "theory"},
		"theory":       {"discrete"},
		"intro":        nil,
	}
	order, err := topo(ok)
	fmt.Println(order, err)
	bad := map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": nil}
	order, err = topo(bad)
	fmt.Println(order, err)
	var ce *CycleError
	fmt.Println(errors.As(err, &ce), len(ce.Path))
}
