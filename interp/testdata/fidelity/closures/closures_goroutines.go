package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := map[int]int{}
	square := func(n int) int { return n * n }
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := square(i)
			mu.Lock()
			results[i] = v
			mu.Unlock()
		}()
	}
	wg.Wait()
	for i := 1; i <= 5; i++ {
		fmt.Print(results[i], " ")
	}
	fmt.Println()
}
