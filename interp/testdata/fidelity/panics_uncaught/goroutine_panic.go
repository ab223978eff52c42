package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID   int
	Data []int
}

func (t Task) Sum() int {
	s := 0
	for _, v := range t.Data {
		s += v
	}
	return s / len(t.Data)
}

func main() {
	tasks := []Task{{1, []int{4, 6}}, {2, []int{9}}}
	results := make([]int, len(tasks))
	var wg sync.WaitGroup
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = t.Sum()
		}()
	}
	wg.Wait()
	fmt.Println("averages:", results)

	done := make(chan struct{})
	go func() {
		var empty Task
		fmt.Println("average of empty:", empty.Sum())
		close(done)
	}()
	<-done
	fmt.Println("not reached")
}
