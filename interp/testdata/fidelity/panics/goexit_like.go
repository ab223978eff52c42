package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, results []string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			results[id] = fmt.Sprintf("worker %d failed: %v", id, r)
		}
	}()
	if id%2 == 1 {
		var arr []int
		_ = arr[id]
	}
	results[id] = fmt.Sprintf("worker %d ok", id)
}

func main() {
	results := make([]string, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
