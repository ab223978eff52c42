package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Task struct {
	Seq  int
	Text string
}

type Outcome struct {
	Seq   int
	Upper string
	Err   error
}

var ErrEmpty = errors.New("empty input")

func worker(id int, in <-chan Task, out chan<- Outcome, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range in {
		if strings.TrimSpace(t.Text) == "" {
			out <- Outcome{Seq: t.Seq, Err: fmt.Errorf("task %d: %w", t.Seq, ErrEmpty)}
			continue
		}
		out <- Outcome{Seq: t.Seq, Upper: strings.ToUpper(t.Text)}
	}
}

func main() {
	inputs := []string{"alpha", "beta", "  ", "gamma", "delta", "", "epsilon"}
	in := make(chan Task)
	out := make(chan Outcome, len(inputs))
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, in, out, &wg)
	}
	go func() {
		for i, s := range inputs {
			in <- Task{i, s}
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	results := make([]Outcome, len(inputs))
	for o := range out {
		results[o.Seq] = o
	}
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		fmt.Printf("%d:%s ", r.Seq, r.Upper)
	}
	fmt.Println()
	joined := errors.Join(errs...)
	fmt.Printf("%v\n%d %v\n", joined, len(errs), errors.Is(joined, ErrEmpty))
	fmt.Printf("%+v\n", results[2])
	fmt.Printf("%v\n", results[:2])
}
