package main

import (
	"fmt"
	"strings"
	"sync"
)

type Task struct {
	ID   int
	Text string
}

type Result struct {
	ID     int
	Output string
	Worker int
}

func worker(id int, tasks <-chan Task, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range tasks {
		results <- Result{t.ID, strings.ToUpper(t.Text) + fmt.Sprintf("(%d)", len(t.Text)), id}
	}
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa")
	tasks := make(chan Task)
	results := make(chan Result, len(words))

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, tasks, results, &wg)
	}

	go func() {
		for i, w := range words {
			tasks <- Task{i, w}
		}
		close(tasks)
	}()

	wg.Wait()
	close(results)

	ordered := make([]string, len(words))
	workers := map[int]bool{}
	for r := range results {
		ordered[r.ID] = r.Output
		workers[r.Worker] = true
	}
	fmt.Println(strings.Join(ordered, " "))
	fmt.Println("results:", len(ordered), "workers used <= 3:", len(workers) <= 3)
}
