package main

import (
	"fmt"
	"sort"
	"sync"
)

type Task struct {
	ID   int
	Cost int
}

type Result struct {
	TaskID int
	Worker int
	Value  int
}

func work(t Task) int {
	v := 0
	for i := 1; i <= t.Cost; i++ {
		v = (v*31 + i*t.ID) % 1000003
	}
	return v
}

func main() {
	tasks := make(chan Task)
	results := make(chan Result)
	var wg sync.WaitGroup
	const workers = 4
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for t := range tasks {
				results <- Result{t.ID, id, work(t)}
			}
		}(w)
	}
	go func() {
		for i := 1; i <= 20; i++ {
			tasks <- Task{ID: i, Cost: 1000 + i*137%500}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].TaskID < all[j].TaskID })
	total := 0
	for _, r := range all {
		fmt.Printf("task %2d -> %7d\n", r.TaskID, r.Value)
		total += perWorker[r.Worker] * 0
	}
	n := 0
	for _, c := range perWorker {
		n += c
	}
	fmt.Println("results:", len(all), "counted:", n, total)

	var mu sync.Mutex
	counter := map[string]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			key := []string{"red", "green", "blue"}[i%3]
			mu.Lock()
			counter[key] += i
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(counter["red"], counter["green"], counter["blue"])
}
