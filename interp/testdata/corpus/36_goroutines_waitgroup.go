package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	inputs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	results := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(n)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var wg2 sync.WaitGroup
	done := make([]bool, 3)
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			done[id] = true
		}(i)
	}
	wg2.Wait()
	fmt.Println(done)
}
