package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Task struct {
	ID    int
	Input string
}

type Result struct {
	TaskID int
	Output string
	Err    error
}

var ErrEmpty = errors.New("empty input")

func work(t Task) Result {
	if t.Input == "" {
		return Result{t.ID, "", fmt.Errorf("task %d: %w", t.ID, ErrEmpty)}
	}
	runes := []rune(t.Input)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	return Result{t.ID, strings.ToUpper(string(runes)), nil}
}

func runPool(tasks []Task, workers int) []Result {
	in := make(chan Task)
	out := make(chan Result, len(tasks))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range in {
				out <- work(t)
			}
		}()
	}
	go func() {
		for _, t := range tasks {
			in <- t
		}
		close(in)
	}()
	wg.Wait()
	close(out)
	results := make([]Result, len(tasks))
	for r := range out {
		results[r.TaskID] = r
	}
	return results
}

func main() {
	inputs := []string{"gopher", "", "héllo", "pool", "wörker", "", "z"}
	var tasks []Task
	for i, s := range inputs {
		tasks = append(tasks, Task{i, s})
	}
	for _, n := range []int{1, 3, 8} {
		res := runPool(tasks, n)
		var ok, failed int
		var outs []string
		for _, r := range res {
			if r.Err != nil {
				failed++
				continue
			}
			ok++
			outs = append(outs, r.Output)
		}
		fmt.Printf("workers=%d ok=%d failed=%d %v\n", n, ok, failed, outs)
	}
	res := runPool(tasks, 2)
	var errs []error
	for _, r := range res {
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
	}
	joined := errors.Join(errs...)
	fmt.Println(joined, errors.Is(joined, ErrEmpty))
	fmt.Printf("%+v\n", res[2])
}
