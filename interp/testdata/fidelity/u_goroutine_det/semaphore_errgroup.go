package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Task struct {
	Name string
	Deps []string
	Cost int
}

type result struct {
	name string
	out  string
	err  error
}

// runAll runs tasks with at most limit at a time and returns results in input order.
func runAll(tasks []Task, limit int, run func(Task) (string, error)) []result {
	sem := make(chan struct{}, limit)
	res := make([]result, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, t Task) {
			defer wg.Done()
			defer func() { <-sem }()
			out, err := run(t)
			res[i] = result{t.Name, out, err}
		}(i, t)
	}
	wg.Wait()
	return res
}

type MaxTracker struct {
	mu       sync.Mutex
	cur, max int
}

func (m *MaxTracker) Enter() {
	m.mu.Lock()
	m.cur++
	if m.cur > m.max {
		m.max = m.cur
	}
	m.mu.Unlock()
}

func (m *MaxTracker) Leave() {
	m.mu.Lock()
	m.cur--
	m.mu.Unlock()
}

func main() {
	tasks := []Task{
		{"fetch", nil, 3}, {"parse", []string{"fetch"}, 2}, {"bad", nil, -1},
		{"index", []string{"parse"}, 5}, {"report", []string{"index", "parse"}, 1},
		{"fail", nil, 0},
	}
	var mt MaxTracker
	results := runAll(tasks, 2, func(t Task) (string, error) {
		mt.Enter()
		defer mt.Leave()
		if t.Cost < 0 {
			return "", fmt.Errorf("task %s: negative cost %d", t.Name, t.Cost)
		}
		if t.Cost == 0 {
			return "", errors.New("task " + t.Name + ": nothing to do")
		}
		return fmt.Sprintf("%s<-[%s]x%d", strings.ToUpper(t.Name), strings.Join(t.Deps, "+"), t.Cost), nil
	})
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			fmt.Printf("%-7s ERR %v\n", r.name, r.err)
			continue
		}
		fmt.Printf("%-7s ok  %s\n", r.name, r.out)
	}
	joined := errors.Join(errs...)
	fmt.Printf("joined (%d):\n%v\n", len(errs), joined)
	fmt.Println("max concurrent <= 2:", mt.max <= 2 && mt.max >= 1)

	// Done channel broadcast and a results channel drained in order of sends.
	done := make(chan struct{})
	ticks := make(chan string, 10)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-done:
				ticks <- "stopped"
				return
			default:
				if i < 3 {
					ticks <- fmt.Sprintf("tick %d", i)
				} else {
					<-done
					ticks <- "stopped"
					return
				}
			}
		}
	}()
	close(done)
	wg.Wait()
	close(ticks)
	var got []string
	for t := range ticks {
		got = append(got, t)
	}
	fmt.Println(got[len(got)-1], len(got) >= 1)
	var nilErrs []error
	fmt.Println(errors.Join(nilErrs...) == nil)
}
