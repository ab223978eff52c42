package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	Name string
	Deps []string
	Cost int
}

type Result struct {
	Name  string
	Order int
	Err   error
}

var ErrCycle = errors.New("dependency cycle")

func schedule(jobs []Job) ([][]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, j := range jobs {
		if _, ok := indeg[j.Name]; !ok {
			indeg[j.Name] = 0
		}
		for _, d := range j.Deps {
			indeg[j.Name]++
			users[d] = append(users[d], j.Name)
		}
	}
	var levels [][]string
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	done := 0
	for len(ready) > 0 {
		sort.Strings(ready)
		levels = append(levels, ready)
		done += len(ready)
		var next []string
		for _, n := range ready {
			for _, u := range users[n] {
				indeg[u]--
				if indeg[u] == 0 {
					next = append(next, u)
				}
			}
		}
		ready = next
	}
	if done != len(indeg) {
		return levels, fmt.Errorf("scheduled %d of %d jobs: %w", done, len(indeg), ErrCycle)
	}
	return levels, nil
}

func run(levels [][]string, cost map[string]int) []Result {
	var mu sync.Mutex
	var results []Result
	order := 0
	for _, level := range levels {
		var wg sync.WaitGroup
		for _, name := range level {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var err error
				if cost[name] > 5 {
					err = fmt.Errorf("job %s: too expensive (%d)", name, cost[name])
				}
				mu.Lock()
				results = append(results, Result{Name: name, Err: err})
				mu.Unlock()
			}()
		}
		wg.Wait()
		mu.Lock()
		for i := len(results) - len(level); i < len(results); i++ {
			results[i].Order = order
		}
		order++
		mu.Unlock()
	}
	sort.Slice(results, func(i, j int) bool {
		if results[i].Order != results[j].Order {
			return results[i].Order < results[j].Order
		}
		return results[i].Name < results[j].Name
	})
	return results
}

func main() {
	jobs := []Job{
		{"compile", []string{"fetch"}, 3},
		{"fetch", nil, 1},
		{"test", []string{"compile"}, 4},
		{"lint", []string{"fetch"}, 1},
		{"package", []string{"test", "lint"}, 2},
		{"deploy", []string{"package"}, 9},
	}
	levels, err := schedule(jobs)
	fmt.Println(levels, err)
	cost := map[string]int{}
	for _, j := range jobs {
		cost[j.Name] = j.Cost
	}
	for _, r := range run(levels, cost) {
		status := "ok"
		if r.Err != nil {
			status = r.Err.Error()
		}
		fmt.Printf("stage %d %-8s %s\n", r.Order, r.Name, status)
	}
	cyclic := append(jobs, Job{"fetch2", []string{"deploy2"}, 1}, Job{"deploy2", []string{"fetch2"}, 1})
	levels, err = schedule(cyclic)
	fmt.Println(len(levels), err, errors.Is(err, ErrCycle))
	fmt.Println(strings.Repeat("-", 20))
}
