package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	ID  int
	Val int
	Err error
}

func safeGo(wg *sync.WaitGroup, out chan<- Result, id int, f func() int) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				out <- Result{ID: id, Err: fmt.Errorf("task %d panicked: %v", id, r)}
			}
		}()
		out <- Result{ID: id, Val: f()}
	}()
}

var ErrOdd = errors.New("odd input")

func main() {
	out := make(chan Result, 10)
	var wg sync.WaitGroup
	inputs := []int{4, 0, 9, 16, -1, 25}
	for i, n := range inputs {
		safeGo(&wg, out, i, func() int {
			if n < 0 {
				panic(fmt.Sprintf("negative %d", n))
			}
			if n == 0 {
				var arr []int
				return arr[n]
			}
			if n%2 == 1 {
				panic(ErrOdd)
			}
			return n * n
		})
	}
	wg.Wait()
	close(out)
	var results []Result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].ID < results[j].ID })
	for _, r := range results {
		if r.Err != nil {
			fmt.Printf("%d: error %v\n", r.ID, r.Err)
			continue
		}
		fmt.Printf("%d: %d\n", r.ID, r.Val)
	}
	done := make(chan string)
	go func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			done <- fmt.Sprint("recovered error: ", errors.Is(err, ErrOdd), " ", err)
		}()
		panic(fmt.Errorf("wrap: %w", ErrOdd))
	}()
	fmt.Println(<-done)
}
