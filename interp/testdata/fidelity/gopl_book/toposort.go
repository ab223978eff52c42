// toposort in the style of gopl.io/ch5/toposort, plus exercise 5.10/5.11.
package main

import (
	"fmt"
	"sort"
)

// prereqs maps computer science courses to their prerequisites.
var prereqs = map[string][]string{
	"algorithms": {"data structures"},
	"calculus":   {"linear algebra"},

	"compilers": {
		"data structures",
		"formal languages",
		"computer organization",
	},

	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

func topoSort(m map[string][]string) []string {
	var order []string
	seen := make(map[string]bool)
	var visitAll func(items []string)

	visitAll = func(items []string) {
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visitAll(m[item])
				order = append(order, item)
			}
		}
	}

	var keys []string
	for key := range m {
		keys = append(keys, key)
	}

	sort.Strings(keys)
	visitAll(keys)
	return order
}

// topoSortCycle reports a cycle if there is one.
func topoSortCycle(m map[string][]string) (order []string, err error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var visit func(string, []string) error
	visit = func(n string, stack []string) error {
		switch color[n] {
		case grey:
			return fmt.Errorf("cycle: %v -> %s", stack, n)
		case black:
			return nil
		}
		color[n] = grey
		deps := append([]string(nil), m[n]...)
		sort.Strings(deps)
		for _, d := range deps {
			if err := visit(d, append(stack, n)); err != nil {
				return err
			}
		}
		color[n] = black
		order = append(order, n)
		return nil
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err = visit(k, nil); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func main() {
	for i, course := range topoSort(prereqs) {
		fmt.Printf("%d:\t%s\n", i+1, course)
	}
	order, err := topoSortCycle(prereqs)
	fmt.Println(len(order), err)
	pos := map[string]int{}
	for i, c := range order {
		pos[c] = i
	}
	ok := true
	for c, deps := range prereqs {
		for _, d := range deps {
			if pos[d] > pos[c] {
				ok = false
			}
		}
	}
	fmt.Println("valid order:", ok)

	prereqs["linear algebra"] = []string{"calculus"}
	_, err = topoSortCycle(prereqs)
	fmt.Println(err)
	delete(prereqs, "linear algebra")
	prereqs["intro to programming"] = []string{"compilers"}
	_, err = topoSortCycle(prereqs)
	fmt.Println(err)
}
