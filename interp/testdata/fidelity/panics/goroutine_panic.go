package main

import (
	"fmt"
	"sync"
)

func process(items []string, i int) string {
	return items[i]
}

func main() {
	items := []string{"a", "b"}
	var wg sync.WaitGroup
	results := make([]string, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = process(items, i)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	done := make(chan bool)
	go func() {
		process(items, 5)
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
