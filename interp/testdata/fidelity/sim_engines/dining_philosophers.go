package main

import (
	"fmt"
	"strings"
	"sync"
)

// Deterministic dining philosophers: a central waiter grants forks in
// rounds, so the output does not depend on goroutine scheduling.

type Philosopher struct {
	ID     int
	Name   string
	Meals  int
	Waited int
	left   int
	right  int
}

type Waiter struct {
	forks []bool
	mu    sync.Mutex
}

func (w *Waiter) TryTake(p *Philosopher) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.forks[p.left] || w.forks[p.right] {
		return false
	}
	w.forks[p.left], w.forks[p.right] = true, true
	return true
}

func (w *Waiter) Release(p *Philosopher) {
	w.mu.Lock()
	w.forks[p.left], w.forks[p.right] = false, false
	w.mu.Unlock()
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	n := len(names)
	phils := make([]*Philosopher, n)
	for i, name := range names {
		phils[i] = &Philosopher{ID: i, Name: name, left: i, right: (i + 1) % n}
	}
	w := &Waiter{forks: make([]bool, n)}
	var timeline []string
	for round := 0; round < 12; round++ {
		start := round % n
		var eating []*Philosopher
		for k := 0; k < n; k++ {
			p := phils[(start+k)%n]
			if w.TryTake(p) {
				eating = append(eating, p)
			} else {
				p.Waited++
			}
		}
		var wg sync.WaitGroup
		results := make([]string, len(eating))
		for i, p := range eating {
			wg.Add(1)
			go func(i int, p *Philosopher) {
				defer wg.Done()
				p.Meals++
				results[i] = fmt.Sprintf("%s#%d", p.Name, p.Meals)
			}(i, p)
		}
		wg.Wait()
		for _, p := range eating {
			w.Release(p)
		}
		timeline = append(timeline, fmt.Sprintf("round %2d: %s", round, strings.Join(results, " ")))
	}
	fmt.Println(strings.Join(timeline, "\n"))
	total := 0
	for _, p := range phils {
		fmt.Printf("%-6s meals=%d waited=%d\n", p.Name, p.Meals, p.Waited)
		total += p.Meals
	}
	fmt.Println("total meals:", total)
}
