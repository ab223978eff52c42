package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	Name string
	Deps []string
	Cost int
}

type CycleError struct{ Nodes []string }

func (e *CycleError) Error() string {
	return "dependency cycle among: " + strings.Join(e.Nodes, ", ")
}

func order(tasks []Task) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, t := range tasks {
		if _, ok := indeg[t.Name]; !ok {
			indeg[t.Name] = 0
		}
		for _, d := range t.Deps {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[t.Name]++
			users[d] = append(users[d], t.Name)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var out []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		next := users[n]
		sort.Strings(next)
		for _, u := range next {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
				sort.Strings(ready)
			}
		}
	}
	if len(out) != len(indeg) {
		var stuck []string
		for n, d := range indeg {
			if d > 0 {
				stuck = append(stuck, n)
			}
		}
		sort.Strings(stuck)
		return out, &CycleError{stuck}
	}
	return out, nil
}

func critical(tasks []Task, ord []string) (int, []string) {
	byName := map[string]Task{}
	for _, t := range tasks {
		byName[t.Name] = t
	}
	finish := map[string]int{}
	via := map[string]string{}
	best, end := 0, ""
	for _, n := range ord {
		start := 0
		for _, d := range byName[n].Deps {
			if finish[d] > start {
				start, via[n] = finish[d], d
			}
		}
		finish[n] = start + byName[n].Cost
		if finish[n] > best {
			best, end = finish[n], n
		}
	}
	var chain []string
	for n := end; n != ""; n = via[n] {
		chain = append([]string{n}, chain...)
	}
	return best, chain
}

func main() {
	tasks := []Task{
		{"deploy", []string{"test", "package"}, 2},
		{"test", []string{"build"}, 5},
		{"package", []string{"build", "docs"}, 3},
		{"build", []string{"fetch"}, 4},
		{"docs", nil, 1},
		{"fetch", nil, 2},
		{"lint", []string{"fetch"}, 1},
	}
	ord, err := order(tasks)
	fmt.Println(ord, err)
	total, chain := critical(tasks, ord)
	fmt.Printf("critical path %d: %s\n", total, strings.Join(chain, " > "))

	tasks = append(tasks, Task{"fetch", []string{"deploy"}, 0})
	ord, err = order(tasks)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Println("partial:", ord)
		fmt.Println(err, len(ce.Nodes))
	}
}
